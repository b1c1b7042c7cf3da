package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.PushProfileRequest;
import org.imstb.common.cx.RegistrationTerminationRequest;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.cx.codec.PprCodec;
import org.imstb.common.cx.codec.RtrCodec;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.testing.FreePorts;
import org.imstb.topology.demo.HssLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Network-initiated deregistration and profile push (TS 29.228 §6.1.3, §6.1.5; TS 24.228 §6.6): an administrator
 * asks the running HSS, the HSS sends RTR / PPR to the S-CSCF that serves the user (played here by the Diameter
 * client), and after the RTA the user is no longer registered.
 */
class NetworkInitiatedDeregistrationIT {
    static final String REALM = "domain1.test";
    static final String SCSCF = "sip:client.domain1.test:6060"; // the S-CSCF's Diameter host is the client's
    static final String ALICE = "alice@domain1.test";
    static final String ALICE_IMPU = "sip:alice@domain1.test";

    @TempDir
    Path dir;

    @Test
    void administratorDeregistrationSendsRtrAndPprToTheServingScscf() throws Exception {
        List<RegistrationTerminationRequest> rtrs = new CopyOnWriteArrayList<>();
        List<PushProfileRequest> pprs = new CopyOnWriteArrayList<>();
        try (HssLab lab = HssLab.start(dir, FreePorts.next(), FreePorts.next(), List.of("-Xmx256m"), "", 0, s -> s
                .serve(Application.CX, Command.RTR, req -> {
                    rtrs.add(RtrCodec.read(req));
                    return Answers.answer(req, DiameterResult.SUCCESS);
                })
                .serve(Application.CX, Command.PPR, req -> {
                    pprs.add(PprCodec.read(req));
                    return Answers.answer(req, DiameterResult.SUCCESS);
                }))) {
            CxClient cx = new CxClient(lab.client());
            assertEquals(DiameterResult.SUCCESS, cx.sar(new ServerAssignmentRequest(ALICE, List.of(ALICE_IMPU), SCSCF,
                    ServerAssignmentType.REGISTRATION, false), REALM, null).get(5, TimeUnit.SECONDS).result());

            HttpResponse<String> ppr = post(lab, "/cx/ppr?impi=" + ALICE);
            assertEquals(200, ppr.statusCode(), ppr.body());
            assertEquals(1, pprs.size());
            assertTrue(pprs.get(0).userData().contains("<PrivateID>alice@domain1.test</PrivateID>"));

            HttpResponse<String> rtr = post(lab, "/cx/rtr?impi=" + ALICE + "&reason=0&info=test");
            assertEquals(200, rtr.statusCode(), rtr.body());
            assertTrue(rtr.body().contains("DIAMETER_SUCCESS"), rtr.body());
            assertEquals(1, rtrs.size());
            assertEquals(ALICE, rtrs.get(0).userName());
            assertTrue(rtrs.get(0).publicIdentities().contains(ALICE_IMPU), rtrs.get(0).toString());
            assertTrue(rtrs.get(0).publicIdentities().contains("tel:+15551001"), "whole implicit set");
            assertEquals(0, rtrs.get(0).reasonCode());

            assertEquals(DiameterResult.UNREGISTERED_SERVICE, cx.lir(new LocationInfoRequest(ALICE_IMPU, false, null),
                    REALM, null).get(5, TimeUnit.SECONDS).result(), "no longer registered");
            assertEquals(404, post(lab, "/cx/rtr?impi=" + ALICE).statusCode(), "nothing left to deregister");
            assertEquals(400, post(lab, "/cx/rtr").statusCode(), "impi missing");
        }
    }

    private static HttpResponse<String> post(HssLab lab, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://[::1]:"
                + lab.hss().managementPort() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
