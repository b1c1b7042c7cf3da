package org.imstb.topology.bench;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.Tags;
import org.imstb.common.trace.MessageObserver;
import org.imstb.ue.Credentials;
import org.imstb.ue.auth.AuthorizationHeaders;
import org.imstb.ue.auth.DigestClient;

/**
 * Many UEs in one SIP stack: starts initial IMS AKA registrations of users {@code u<i>@domain1.test} at a given rate
 * through a P-CSCF, answers each 401 with a USIM of its own, and records REGISTER→200 latency (first REGISTER sent
 * to 200 received).
 */
final class RegistrationLoad implements SipListener, AutoCloseable {
    private static final String K = "7e0114c01987caec21efa86c9b1394db";
    private static final String OPC = "30cf8905bb2ee27420c1558292479225";

    private final SipEndpoint sip;
    private final String pcscf;
    private final Semaphore window;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile LatencyRecorder latency;

    private record Attempt(int user, long startNs, DigestClient digest, String callId, long cseq) {
    }

    RegistrationLoad(String pcscf, int maxInFlight) throws Exception {
        this.pcscf = pcscf;
        this.window = new Semaphore(maxInFlight);
        this.sip = new SipEndpoint(new SipConfig(null, "::1", 0, List.of("udp"), 4), "bench-ue", MessageObserver.NONE,
                false);
        sip.start(this);
    }

    /** Registers users {@code from..to-1} at {@code rate} per second; returns when all are answered or timed out. */
    Result run(int from, int to, int rate, LatencyRecorder recorder) throws Exception {
        latency = recorder;
        ok.set(0);
        failed.set(0);
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = from; i < to; i++) {
            long due = start + (i - from) * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            window.acquire();
            DigestClient digest = new DigestClient(BenchSubscribers.impi(i), Credentials.aka(K, OPC, 0));
            send(new Attempt(i, System.nanoTime(), digest, Tags.token(10) + "@bench", 1), null);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ok.get() + failed.get() < to - from && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(ok.get(), failed.get(), (to - from) - ok.get() - failed.get(), seconds);
    }

    /** Registrations that got 200, failed, or were still unanswered at the end, and the wall time. */
    record Result(long ok, long failed, long unanswered, double seconds) {
    }

    private void send(Attempt a, DigestClient.Answer answer) {
        try {
            String impu = BenchSubscribers.impu(a.user());
            Address me = sip.addresses().createAddress(impu);
            Request r = sip.newRequest(sip.addresses().createURI("sip:domain1.test"), Request.REGISTER,
                    sip.headers().createCallIdHeader(a.callId()), a.cseq(), me, Tags.next(), me, "udp");
            SipURI contact = sip.uri("u" + a.user(), false);
            ContactHeader c = sip.headers().createContactHeader(sip.addresses().createAddress(contact));
            c.setExpires(3600);
            r.addHeader(c);
            r.addHeader(sip.headers().createSupportedHeader("path"));
            SipURI route = (SipURI) sip.addresses().createURI(pcscf);
            route.setLrParam();
            r.addHeader(sip.headers().createRouteHeader(sip.addresses().createAddress(route)));
            r.addHeader(AuthorizationHeaders.of(sip, BenchSubscribers.impi(a.user()), "domain1.test", answer));
            ClientTransaction ct = sip.provider().getNewClientTransaction(r);
            ct.setApplicationData(a);
            ct.sendRequest();
        } catch (Exception e) {
            done(false);
        }
    }

    private void done(boolean success) {
        (success ? ok : failed).incrementAndGet();
        window.release();
    }

    @Override
    public void processResponse(ResponseEvent e) {
        Response r = e.getResponse();
        if (r.getStatusCode() < 200 || e.getClientTransaction() == null
                || !(e.getClientTransaction().getApplicationData() instanceof Attempt a)) {
            return;
        }
        if (r.getStatusCode() == Response.OK) {
            latency.record(System.nanoTime() - a.startNs());
            done(true);
        } else if (r.getStatusCode() == Response.UNAUTHORIZED && a.cseq() == 1) {
            WWWAuthenticateHeader w = (WWWAuthenticateHeader) r.getHeader(WWWAuthenticateHeader.NAME);
            DigestClient.Outcome o = a.digest().answer(new DigestClient.Challenge(w.getRealm(), w.getNonce(),
                    w.getAlgorithm(), w.getQop()), Request.REGISTER, "sip:domain1.test");
            if (o instanceof DigestClient.Answered answered) {
                send(new Attempt(a.user(), a.startNs(), a.digest(), a.callId(), 2), answered.answer());
            } else {
                done(false);
            }
        } else {
            done(false);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        if (e.getClientTransaction() != null && e.getClientTransaction().getApplicationData() instanceof Attempt) {
            done(false);
        }
    }

    @Override
    public void processRequest(RequestEvent e) {
    }

    @Override
    public void processIOException(IOExceptionEvent e) {
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent e) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent e) {
    }

    @Override
    public void close() {
        sip.stop();
    }
}
