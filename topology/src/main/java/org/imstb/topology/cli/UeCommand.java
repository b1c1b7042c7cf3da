package org.imstb.topology.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.reginfo.Registration;
import org.imstb.common.trace.MessageObserver;
import org.imstb.ue.Credentials;
import org.imstb.ue.RegNotification;
import org.imstb.ue.RegistrationResult;
import org.imstb.ue.Ue;
import org.imstb.ue.UeConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imstb ue register ...}: a scriptable UE from the command line. Registers through a P-CSCF with MD5 digest or
 * IMS AKA, optionally subscribes to its reg event and waits for NOTIFYs, optionally deregisters; exits 0 on 200.
 */
@Command(name = "ue", description = "A scriptable IMS UE.", subcommands = UeCommand.Register.class)
final class UeCommand {
    /** How the UE authenticates. */
    static final class Secret {
        @Option(names = "--password", description = "MD5 digest password")
        String password;
        @ArgGroup(exclusive = false)
        Aka aka;
    }

    /** A USIM. */
    static final class Aka {
        @Option(names = "--k", required = true, description = "AKA K (32 hex digits)")
        String k;
        @Option(names = "--opc", required = true, description = "AKA OPc (32 hex digits)")
        String opc;
        @Option(names = "--sqn", defaultValue = "0", description = "the USIM's SQN (default: ${DEFAULT-VALUE})")
        long sqn;
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Register (then optionally subscribe to reg and deregister).")
    static final class Register implements Callable<Integer> {
        @Option(names = "--impu", required = true, description = "public identity, e.g. sip:alice@domain1.test")
        String impu;
        @Option(names = "--impi", description = "private identity (default: the impu without scheme)")
        String impi;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Secret secret;
        @Option(names = "--pcscf", required = true, description = "the P-CSCF, e.g. sip:pcscf.domain1.test:5060")
        String pcscf;
        @Option(names = "--address", description = "local address (default: the one this host uses to reach the P-CSCF)")
        String address;
        @Option(names = "--expires", defaultValue = "600", description = "registration expiry (default: ${DEFAULT-VALUE})")
        int expires;
        @Option(names = "--subscribe", description = "subscribe to the reg event and print NOTIFYs for this many seconds")
        int subscribeSeconds;
        @Option(names = "--deregister", description = "deregister at the end")
        boolean deregister;

        @Override
        public Integer call() throws Exception {
            Credentials c = secret.password != null ? Credentials.password(secret.password)
                    : Credentials.aka(secret.aka.k, secret.aka.opc, secret.aka.sqn);
            String local = address != null ? address : sourceAddressTowards(pcscf);
            UeConfig config = new UeConfig(impu, impi, pcscf, new SipConfig(null, local, 0, List.of("udp", "tcp"),
                    2), 10000);
            try (Ue ue = Ue.start(config, c, MessageObserver.NONE)) {
                RegistrationResult r = ue.register(expires);
                System.out.printf("REGISTER %s: %d %s (challenges %d%s)%n", impu, r.status(), r.reason(),
                        r.challenges(), r.resynchronised() ? ", AKA resynchronised" : "");
                if (!r.ok()) {
                    return 1;
                }
                System.out.println("  Service-Route:    " + r.serviceRoute());
                System.out.println("  P-Associated-URI: " + r.associatedUris());
                System.out.println("  Contacts:         " + r.contacts());
                if (subscribeSeconds > 0) {
                    System.out.println("SUBSCRIBE reg: " + ue.subscribeRegEvent(600));
                    long end = System.currentTimeMillis() + subscribeSeconds * 1000L;
                    RegNotification n;
                    while ((n = ue.awaitNotification(Math.max(1, end - System.currentTimeMillis()))) != null) {
                        System.out.println("NOTIFY " + n.subscriptionState() + " version " + n.reginfo().version());
                        for (Registration reg : n.reginfo().registrations()) {
                            System.out.println("  " + reg.aor() + " " + reg.state() + " " + reg.contacts());
                        }
                    }
                }
                if (deregister) {
                    RegistrationResult d = ue.deregister();
                    System.out.printf("deREGISTER: %d %s%n", d.status(), d.reason());
                }
            }
            return 0;
        }
    }

    /** The local address the routing table picks for the P-CSCF's host (no packet is sent). */
    static String sourceAddressTowards(String pcscfUri) throws java.io.IOException {
        String host = pcscfUri.replaceFirst("^sips?:", "").replaceFirst(";.*$", "");
        if (host.startsWith("[")) {
            host = host.substring(1, host.indexOf(']'));
        } else if (host.chars().filter(ch -> ch == ':').count() == 1) {
            host = host.substring(0, host.indexOf(':'));
        }
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket()) {
            probe.connect(new java.net.InetSocketAddress(java.net.InetAddress.getByName(host), 5060));
            return probe.getLocalAddress().getHostAddress().replaceFirst("%.*$", "");
        }
    }
}
