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
 * IMS AKA, optionally subscribes to its reg event, sends a MESSAGE, places a call (hold/resume, BYE), waits for
 * calls and messages, deregisters; exits 0 when everything asked for succeeded.
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
        @Option(names = "--call", description = "after registering, call this SIP or tel URI")
        String call;
        @Option(names = "--talk", defaultValue = "1",
                description = "seconds a call lasts before BYE (default: ${DEFAULT-VALUE})")
        int talkSeconds;
        @Option(names = "--hold", description = "put the call on hold and resume it before hanging up")
        boolean hold;
        @Option(names = "--preconditions",
                description = "call with QoS preconditions: reliable 183, PRACK, UPDATE (TS 24.228)")
        boolean preconditions;
        @Option(names = "--message", description = "after registering, send a MESSAGE to this SIP or tel URI")
        String messageTo;
        @Option(names = "--text", defaultValue = "hello from imstb", description = "the MESSAGE text")
        String text;
        @Option(names = "--wait", defaultValue = "0",
                description = "stay registered this many seconds answering calls and printing what arrives")
        int waitSeconds;
        @Option(names = "--busy", description = "answer incoming calls with 486 Busy Here")
        boolean busy;
        @Option(names = "--redirect-to", description = "answer incoming calls with 302 to this URI")
        String redirectTo;
        @Option(names = "--transfer-to",
                description = "after answering an incoming call, transfer the caller there (REFER) and hang up")
        String transferTo;
        @Option(names = "--privacy",
                description = "ask for privacy on calls and MESSAGEs: Privacy header value, e.g. id (RFC 3323/3325)")
        String privacy;

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
                int failures = 0;
                if (busy) {
                    ue.answerMode(org.imstb.ue.session.Sessions.AnswerMode.BUSY);
                }
                if (redirectTo != null) {
                    ue.redirectTo(redirectTo);
                }
                if (transferTo != null) {
                    ue.transferTo(transferTo);
                }
                ue.privacy(privacy);
                if (messageTo != null) {
                    int status = ue.message(messageTo, text);
                    System.out.println("MESSAGE " + messageTo + ": " + status);
                    failures += status >= 300 ? 1 : 0;
                }
                if (call != null) {
                    failures += call(ue) ? 0 : 1;
                }
                if (waitSeconds > 0) {
                    waitForOthers(ue, waitSeconds);
                }
                if (deregister) {
                    RegistrationResult d = ue.deregister();
                    System.out.printf("deREGISTER: %d %s%n", d.status(), d.reason());
                }
                return failures == 0 ? 0 : 1;
            }
        }

        private boolean call(Ue ue) throws Exception {
            org.imstb.ue.session.Sessions.Call c = ue.call(call, preconditions);
            org.imstb.ue.session.CallResult r = c.result();
            System.out.printf("INVITE %s: %d %s (provisional %s)%n", call, r.status(), r.reason(), r.provisional());
            r.steps().forEach(s -> System.out.println("  " + s));
            if (!r.ok()) {
                return false;
            }
            System.out.println("  Record-Route:     " + r.recordRoute());
            System.out.println("  answer:           " + (r.answer() == null ? "none" : r.answer().codecs() + " "
                    + r.answer().direction()));
            boolean ok = true;
            if (hold) {
                org.imstb.ue.session.CallResult h = ue.hold(c.callId(), true);
                System.out.printf("re-INVITE hold: %d (answer %s)%n", h.status(),
                        h.answer() == null ? "none" : h.answer().direction());
                org.imstb.ue.session.CallResult u = ue.hold(c.callId(), false);
                System.out.printf("re-INVITE resume: %d (answer %s)%n", u.status(),
                        u.answer() == null ? "none" : u.answer().direction());
                ok = h.ok() && u.ok();
            }
            Thread.sleep(talkSeconds * 1000L);
            ok &= printTransfers(ue);
            if (!ue.active(c.callId())) {
                System.out.println("call ended by the other side (BYE)");
                return ok;
            }
            int bye = ue.hangup(c.callId());
            System.out.println("BYE: " + bye);
            return ok && bye == 200;
        }

        /** Prints the transfers this UE took part in; as transferee, hangs up the call it was transferred into. */
        private static boolean printTransfers(Ue ue) throws Exception {
            boolean ok = true;
            org.imstb.ue.session.Transfer t;
            while ((t = ue.awaitTransfer(0)) != null) {
                if (t.newCall() != null) {
                    System.out.printf("transferred by the other side to %s: INVITE %d %s%n", t.target(),
                            t.newCall().status(), t.newCall().reason());
                    ok &= t.newCall().ok();
                    if (t.newCallId() != null && ue.active(t.newCallId())) {
                        System.out.println("BYE (transferred call): " + ue.hangup(t.newCallId()));
                    }
                } else {
                    System.out.printf("transferred the caller to %s: REFER %d, NOTIFY %s, BYE %d%n", t.target(),
                            t.referStatus(), t.progress(), t.byeStatus());
                    ok &= t.referStatus() == 202 && !t.progress().isEmpty()
                            && t.progress().get(t.progress().size() - 1).startsWith("SIP/2.0 200");
                }
            }
            return ok;
        }

        private static void waitForOthers(Ue ue, int seconds) throws Exception {
            long end = System.currentTimeMillis() + seconds * 1000L;
            System.out.println("waiting " + seconds + " s for calls and messages");
            while (System.currentTimeMillis() < end) {
                org.imstb.ue.session.IncomingCall in = ue.awaitCall(100);
                if (in != null) {
                    System.out.printf("incoming call from %s%s to %s (P-Called-Party-ID %s): answered %d%n",
                            in.caller(), in.asserted() ? "" : " (no P-Asserted-Identity)", in.requestUri(),
                            in.calledParty(), in.answeredWith());
                }
                org.imstb.ue.session.IncomingMessage m = ue.awaitMessage(100);
                if (m != null) {
                    System.out.printf("incoming MESSAGE from %s: %s%n", m.from(), m.text());
                }
                String bye = ue.awaitHangup(100);
                if (bye != null) {
                    System.out.println("call ended by the other side (BYE)");
                }
                printTransfers(ue);
            }
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
