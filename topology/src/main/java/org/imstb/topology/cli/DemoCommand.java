package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.reginfo.Registration;
import org.imstb.common.trace.MessageObserver;
import org.imstb.topology.demo.CoreLab;
import org.imstb.topology.demo.TraceLadder;
import org.imstb.ue.Credentials;
import org.imstb.ue.RegNotification;
import org.imstb.ue.RegistrationResult;
import org.imstb.ue.Ue;
import org.imstb.ue.UeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imstb demo}: starts the IMS core of domain1.test (HSS with the demo subscribers, I-CSCF, S-CSCF, P-CSCF, each
 * its own process on the IPv6 loopback), registers alice (IMS AKA) and bob (MD5 digest) through it, subscribes alice
 * to her reg event, deregisters both and prints the ladder of every SIP and Diameter message (TS 24.228 §6.2).
 */
@Command(name = "demo", description = "Start the IMS core of domain1.test and register two UEs through it.")
final class DemoCommand implements Callable<Integer> {
    private static final String ALICE_K = "7e0114c01987caec21efa86c9b1394db";
    private static final String ALICE_OPC = "30cf8905bb2ee27420c1558292479225";

    @Option(names = "--dir", defaultValue = "run/demo", description = "run directory (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--keep", description = "leave the core running (stop it with kill $(cat DIR/*.pid))")
    boolean keep;

    private String labUri;

    @Override
    public Integer call() throws Exception {
        // the lab's host names must resolve before anything in this JVM touches InetAddress
        System.setProperty("jdk.net.hosts.file", CoreLab.writeHosts(dir).toAbsolutePath().toString());
        try (var old = java.nio.file.Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".trace.jsonl")).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
        System.out.println("Starting hss1, icscf1, scscf1, pcscf1 (domain1.test) in " + dir.toAbsolutePath());
        CoreLab lab = CoreLab.start(dir, List.of("-Xmx192m"), CoreLab.Overrides.NONE);
        labUri = lab.pcscfUri();
        Map<String, String> names = new HashMap<>(lab.peerNames());
        try {
            System.out.println("core ready; P-CSCF at " + lab.pcscfUri() + "\n");
            try (Ue alice = ue("sip:alice@domain1.test", Credentials.aka(ALICE_K, ALICE_OPC, 0));
                    Ue bob = ue("sip:bob@domain1.test", Credentials.password("bob-secret"))) {
                names.put(":" + alice.port(), "alice");
                names.put(":" + bob.port(), "bob");
                show("alice registers (IMS AKA)", alice.register(600));
                show("bob registers (MD5 digest)", bob.register(600));
                System.out.printf("  %-34s %d%n", "alice subscribes to reg event", alice.subscribeRegEvent(600));
                RegNotification n = alice.awaitNotification(3000);
                if (n != null) {
                    for (Registration r : n.reginfo().registrations()) {
                        System.out.printf("  %-34s %s %s, %d contact(s)%n", "  NOTIFY reginfo", r.aor(), r.state(),
                                r.contacts().size());
                    }
                }
                show("alice deregisters", alice.deregister());
                show("bob deregisters", bob.deregister());
            }
            Thread.sleep(500);
            System.out.println("\nEvery message, as its sender saw it (from the nodes' trace files):");
            TraceLadder.print(TraceLadder.read(dir, names), System.out);
            System.out.println("\nTraces: " + dir.toAbsolutePath() + "/<node>.trace.jsonl; logs: <node>.log");
        } finally {
            if (keep) {
                System.out.println("the core keeps running");
            } else {
                lab.close();
                System.out.println("core stopped");
            }
        }
        return 0;
    }

    private Ue ue(String impu, Credentials credentials) throws Exception {
        return Ue.start(new UeConfig(impu, null, labUri, new SipConfig(null, "::1", 0, List.of("udp"), 2), 8000),
                credentials, MessageObserver.NONE);
    }

    private static void show(String what, RegistrationResult r) {
        System.out.printf("  %-34s %d %s%s%n", what, r.status(), r.reason(), r.ok() && !r.associatedUris().isEmpty()
                ? "  P-Associated-URI " + r.associatedUris() + "  Service-Route " + r.serviceRoute() : "");
    }
}
