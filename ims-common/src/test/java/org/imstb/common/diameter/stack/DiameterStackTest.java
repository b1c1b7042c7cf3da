package org.imstb.common.diameter.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.node.Metrics;
import org.imstb.common.testing.FreePorts;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.TraceRecord;
import org.jdiameter.api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two real jDiameter stacks over TCP on ::1, named by host names, exchanging Cx commands. */
class DiameterStackTest {
    static DiameterStack server;
    static DiameterStack client;
    static final List<TraceRecord> serverTrace = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        int hssPort = FreePorts.next();
        int clientPort = FreePorts.next();
        DiameterConfig hss = new DiameterConfig("hss.domain1.test", "domain1.test", "::1", hssPort,
                List.of(new PeerConfig("icscf.domain1.test", clientPort, null, false)), false, 30, 3000, 4);
        MessageObserver obs = serverTrace::add;
        server = new DiameterStack(hss, "hss1", obs, new Metrics())
                .serve(Application.CX, Command.UAR, req -> {
                    String impu = new AvpReader(req.getAvps()).requireText(Avps.PUBLIC_IDENTITY);
                    return Answers.answer(req, DiameterResult.FIRST_REGISTRATION,
                            w -> w.text(Avps.SERVER_NAME, "sip:scscf.domain1.test;for=" + impu));
                });
        server.start();
        DiameterConfig icscf = new DiameterConfig("icscf.domain1.test", "domain1.test", "::1", clientPort,
                List.of(new PeerConfig("hss.domain1.test", hssPort, null, true)), false, 30, 3000, 4);
        client = new DiameterStack(icscf, "icscf1", MessageObserver.NONE, new Metrics()).use(Application.CX);
        client.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!client.readiness().ready() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(client.readiness().ready(), client.readiness().detail());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void requestIsAnsweredWithExperimentalResultAndTraced() throws Exception {
        Answer a = client.send(Application.CX, Command.UAR, "domain1.test", null, w -> w
                .text(Avps.USER_NAME, "alice@domain1.test")
                .text(Avps.PUBLIC_IDENTITY, "sip:alice@domain1.test")
                .octets(Avps.VISITED_NETWORK_IDENTIFIER, "domain1.test".getBytes()))
                .get(5, TimeUnit.SECONDS);
        assertEquals(DiameterResult.FIRST_REGISTRATION, DiameterText.result(a));
        assertEquals("sip:scscf.domain1.test;for=sip:alice@domain1.test",
                new AvpReader(a.getAvps()).text(Avps.SERVER_NAME));
        assertTrue(new AvpReader(a.getAvps()).has(Avps.VENDOR_SPECIFIC_APPLICATION_ID));
        assertTrue(serverTrace.stream().anyMatch(r -> r.summary().equals("UAR sip:alice@domain1.test")),
                serverTrace.toString());
        assertTrue(serverTrace.stream().anyMatch(r -> r.summary().startsWith("UAA DIAMETER_FIRST_REGISTRATION")
                && r.message().contains("Server-Name = sip:scscf.domain1.test")), serverTrace.toString());
    }

    @Test
    void missingMandatoryAvpGets5005WithFailedAvp() throws Exception {
        Answer a = client.send(Application.CX, Command.UAR, "domain1.test", null,
                w -> w.text(Avps.USER_NAME, "alice@domain1.test")).get(5, TimeUnit.SECONDS);
        assertEquals(DiameterResult.MISSING_AVP, DiameterText.result(a));
        AvpReader failed = new AvpReader(a.getAvps()).requireGroup(Avps.FAILED_AVP);
        assertTrue(failed.has(Avps.PUBLIC_IDENTITY), DiameterText.render(a));
    }

    @Test
    void unknownCommandGets3001WithErrorBit() throws Exception {
        Answer a = client.send(Application.CX, Command.PPR, "domain1.test", null,
                w -> w.text(Avps.USER_NAME, "alice@domain1.test")).get(5, TimeUnit.SECONDS);
        assertEquals(DiameterResult.COMMAND_UNSUPPORTED, DiameterText.result(a));
        assertTrue(a.isError());
    }

    @Test
    void answersLeaveNoTimerBehind() throws Exception {
        List<java.util.concurrent.CompletableFuture<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sent.add(client.send(Application.CX, Command.UAR, "domain1.test", null, w -> w
                    .text(Avps.USER_NAME, "alice@domain1.test")
                    .text(Avps.PUBLIC_IDENTITY, "sip:alice@domain1.test")
                    .octets(Avps.VISITED_NETWORK_IDENTIFIER, "domain1.test".getBytes())));
        }
        for (java.util.concurrent.CompletableFuture<Answer> f : sent) {
            f.get(5, TimeUnit.SECONDS);
        }
        int queued = server.scheduledTasks();
        assertTrue(queued >= 0 && queued < 20, "server scheduler holds " + queued + " tasks after 40 answers");
    }
}
