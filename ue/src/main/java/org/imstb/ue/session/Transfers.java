package org.imstb.ue.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.address.URI;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;

/**
 * Call transfer (RFC 3515, RFC 5589 §6) on both sides: the transferor REFERs the other party and follows the
 * NOTIFYs of the implicit subscription (message/sipfrag) before hanging up; the transferee accepts (202), NOTIFYs
 * {@code 100 Trying}, calls the Refer-To target and NOTIFYs the final status.
 */
final class Transfers {
    private final Sessions sessions;
    private final SipEndpoint sip;
    private final Exchanges exchanges;
    private final long timeoutMs;
    private final ExecutorService worker;
    private final BlockingQueue<Transfer> done = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<String>> referProgress = new ConcurrentHashMap<>();

    Transfers(Sessions sessions, SipEndpoint sip, Exchanges exchanges, long timeoutMs, ExecutorService worker) {
        this.sessions = sessions;
        this.sip = sip;
        this.exchanges = exchanges;
        this.timeoutMs = timeoutMs;
        this.worker = worker;
    }

    /** The transferor's side after answering a call: let the caller ACK, then transfer it to {@code target}. */
    void afterAnswer(String callId, String target) {
        try {
            Thread.sleep(500);
            done.add(transfer(callId, sip.addresses().createURI(target)));
        } catch (Exception e) {
            done.add(new Transfer(target, 500, List.of("failed: " + e), 0, null, null));
        }
    }

    /**
     * Blind transfer (RFC 3515, RFC 5589 §6): REFER the other party of {@code callId} to {@code target}, follow its
     * NOTIFYs (message/sipfrag) until the new call's final status, then BYE the original call.
     */
    public Transfer transfer(String callId, URI target) throws Exception {
        Dialog d = sessions.dialog(callId);
        BlockingQueue<String> progress = new LinkedBlockingQueue<>();
        referProgress.put(callId, progress);
        try {
            Request refer = d.createRequest(Request.REFER);
            refer.addHeader(sip.headers().createReferToHeader(sip.addresses().createAddress(target)));
            ClientTransaction ct = sip.provider().getNewClientTransaction(refer);
            int status = exchanges.exchange(ct, () -> d.sendRequest(ct), timeoutMs).response().getStatusCode();
            List<String> seen = new ArrayList<>();
            if (status == Response.ACCEPTED || status == Response.OK) {
                long end = System.currentTimeMillis() + 2 * timeoutMs;
                while (System.currentTimeMillis() < end) {
                    String line = progress.poll(100, TimeUnit.MILLISECONDS);
                    if (line != null) {
                        seen.add(line);
                        if (!line.matches("SIP/2\\.0 1\\d\\d.*")) {
                            break;
                        }
                    }
                }
            }
            int bye = sessions.active(callId) ? sessions.hangup(callId) : 0;
            return new Transfer(target.toString(), status, List.copyOf(seen), bye, null, null);
        } finally {
            referProgress.remove(callId);
        }
    }

    /** The transferee's side: 202, NOTIFY 100 Trying, call the Refer-To target, NOTIFY its final status. */
    void onRefer(ServerTransaction st, Request refer) {
        javax.sip.header.ReferToHeader referTo = (javax.sip.header.ReferToHeader) refer.getHeader(
                javax.sip.header.ReferToHeader.NAME);
        Dialog d = st.getDialog();
        if (referTo == null) {
            SipReplies.send(sip, st, refer, Response.BAD_REQUEST, "Missing Refer-To");
            return;
        }
        if (d == null) {
            SipReplies.send(sip, st, refer, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        SipReplies.send(sip, st, refer, Response.ACCEPTED, null);
        URI target = referTo.getAddress().getURI();
        worker.execute(() -> {
            Transfer t;
            try {
                notifyRefer(d, "SIP/2.0 100 Trying", false);
                Sessions.Call c = sessions.call(target, false);
                notifyRefer(d, "SIP/2.0 " + c.result().status() + " " + c.result().reason(), true);
                t = new Transfer(target.toString(), Response.ACCEPTED, List.of(), 0, c.result(), c.callId());
            } catch (Exception e) {
                t = new Transfer(target.toString(), Response.ACCEPTED, List.of("failed: " + e), 0, null, null);
            }
            done.add(t);
        });
    }

    private void notifyRefer(Dialog d, String sipfrag, boolean last) throws Exception {
        Request n = d.createRequest(Request.NOTIFY);
        n.addHeader(sip.headers().createEventHeader("refer"));
        n.addHeader(sip.headers().createSubscriptionStateHeader(last ? "terminated;reason=noresource"
                : "active;expires=60"));
        n.setContent(sipfrag, sip.headers().createContentTypeHeader("message", "sipfrag"));
        ClientTransaction ct = sip.provider().getNewClientTransaction(n);
        exchanges.exchange(ct, () -> d.sendRequest(ct), timeoutMs);
    }

    /** A NOTIFY of the refer event package in one of our dialogs: its sipfrag goes to the waiting transfer. */
    boolean onNotify(ServerTransaction st, Request notify) {
        javax.sip.header.EventHeader event = (javax.sip.header.EventHeader) notify.getHeader(
                javax.sip.header.EventHeader.NAME);
        if (event == null || !"refer".equalsIgnoreCase(event.getEventType())) {
            return false;
        }
        String callId = ((javax.sip.header.CallIdHeader) notify.getHeader("Call-ID")).getCallId();
        SipReplies.send(sip, st, notify, Response.OK, null);
        byte[] body = notify.getRawContent();
        BlockingQueue<String> q = referProgress.get(callId);
        if (q != null && body != null) {
            q.add(new String(body, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim());
        }
        return true;
    }

    /** The next transfer this UE took part in (either side), waiting up to {@code ms}; null if none. */
    Transfer await(long ms) throws InterruptedException {
        return done.poll(ms, TimeUnit.MILLISECONDS);
    }
}
