package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.imstb.common.aka.Usim;
import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.LocationInfoAnswer;
import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.MultimediaAuthAnswer;
import org.imstb.common.cx.MultimediaAuthRequest;
import org.imstb.common.cx.ServerAssignmentAnswer;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.cx.SipAuthDataItem;
import org.imstb.common.cx.UserAuthorizationAnswer;
import org.imstb.common.cx.UserAuthorizationRequest;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.common.util.Hex;
import org.imstb.topology.demo.HssLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imstb demo}: starts the HSS of domain1.test with the demo subscribers as its own process and shows it
 * answering Cx the way an I-CSCF and S-CSCF would ask during a registration (TS 24.228 §6.2 flow, Cx part).
 */
@Command(name = "demo", description = "Start the HSS with the demo subscribers and show it answering Cx.")
final class DemoCommand implements Callable<Integer> {
    private static final String SCSCF = "sip:scscf.domain1.test:6060";
    // alice's USIM (the demo subscriber file has the same K and OPc)
    private static final String ALICE_K = "7e0114c01987caec21efa86c9b1394db";
    private static final String ALICE_OPC = "30cf8905bb2ee27420c1558292479225";

    @Option(names = "--dir", defaultValue = "run/demo", description = "run directory (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--port", defaultValue = "3868", description = "HSS Diameter port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--keep", description = "leave the HSS running (stop it with kill $(cat DIR/hss1.pid))")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        // the lab's host names must resolve before anything in this JVM touches InetAddress
        System.setProperty("jdk.net.hosts.file", HssLab.writeHosts(dir).toAbsolutePath().toString());
        System.out.println("Starting hss1 (hss.domain1.test, Diameter [::1]:" + port + ") in " + dir.toAbsolutePath());
        HssLab lab = HssLab.start(dir, port, port + 1, List.of("-Xmx256m"), "");
        try {
            System.out.println("hss1 ready, pid " + lab.hss().pid() + ", management on http://[::1]:"
                    + lab.hss().managementPort() + "/ready\n");
            run(new CxClient(lab.client()));
            System.out.println("\nTrace of every Cx message: " + dir.resolve("hss1.trace.jsonl"));
            System.out.println("HSS log: " + dir.resolve("hss1.log"));
        } finally {
            if (keep) {
                lab.client().stop();
                System.out.println("hss1 keeps running (pid " + lab.hss().pid() + ")");
            } else {
                lab.close();
                System.out.println("hss1 stopped (DPR sent, database closed)");
            }
        }
        return 0;
    }

    private static void run(CxClient cx) throws Exception {
        String realm = HssLab.REALM;
        String impi = "alice@domain1.test";
        String impu = "sip:alice@domain1.test";
        UserAuthorizationAnswer uaa = cx.uar(new UserAuthorizationRequest(impi, impu, realm,
                UserAuthorizationType.REGISTRATION), realm, null).get(5, TimeUnit.SECONDS);
        show("I-CSCF -> HSS  UAR " + impu, uaa.result() + " capabilities " + uaa.capabilities());

        MultimediaAuthAnswer maa = cx.mar(new MultimediaAuthRequest(impi, impu, SCSCF, 1, "Digest-AKAv1-MD5", null),
                realm, null).get(5, TimeUnit.SECONDS);
        SipAuthDataItem v = maa.items().get(0);
        show("S-CSCF -> HSS  MAR " + impi, maa.result() + " " + v.scheme() + " nonce(RAND||AUTN)="
                + Hex.format(v.authenticate()));
        Usim usim = new Usim(Hex.parse(ALICE_K), Hex.parse(ALICE_OPC));
        byte[] rand = java.util.Arrays.copyOfRange(v.authenticate(), 0, 16);
        byte[] autn = java.util.Arrays.copyOfRange(v.authenticate(), 16, 32);
        Usim.Result r = usim.authenticate(rand, autn);
        boolean ok = r instanceof Usim.Success s && java.util.Arrays.equals(s.res(), v.authorization());
        show("UE USIM        checks AUTN", ok ? "network authenticated, RES = XRES" : "FAILED: " + r);

        ServerAssignmentAnswer saa = cx.sar(new ServerAssignmentRequest(impi, List.of(impu), SCSCF,
                ServerAssignmentType.REGISTRATION, false), realm, null).get(5, TimeUnit.SECONDS);
        show("S-CSCF -> HSS  SAR REGISTRATION", saa.result() + " User-Data " + (saa.userData() == null ? 0
                : saa.userData().length()) + " chars");

        LocationInfoAnswer lia = cx.lir(new LocationInfoRequest("tel:+15551001", false, null), realm, null)
                .get(5, TimeUnit.SECONDS);
        show("I-CSCF -> HSS  LIR tel:+15551001", lia.result() + " server " + lia.serverName());

        UserAuthorizationAnswer unknown = cx.uar(new UserAuthorizationRequest("mallory@domain1.test",
                "sip:mallory@domain1.test", realm, UserAuthorizationType.REGISTRATION), realm, null)
                .get(5, TimeUnit.SECONDS);
        show("I-CSCF -> HSS  UAR sip:mallory@domain1.test", unknown.result().toString());

        UserAuthorizationAnswer mismatch = cx.uar(new UserAuthorizationRequest("bob@domain1.test", impu, realm,
                UserAuthorizationType.REGISTRATION), realm, null).get(5, TimeUnit.SECONDS);
        show("I-CSCF -> HSS  UAR bob@ as " + impu, mismatch.result().toString());

        ServerAssignmentAnswer dereg = cx.sar(new ServerAssignmentRequest(impi, List.of(impu), SCSCF,
                ServerAssignmentType.USER_DEREGISTRATION, true), realm, null).get(5, TimeUnit.SECONDS);
        show("S-CSCF -> HSS  SAR USER_DEREGISTRATION", dereg.result().toString());
    }

    private static void show(String what, String result) {
        System.out.printf("  %-44s %s%n", what, result);
    }
}
