package org.imstb.ue.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;

/**
 * The UE's sessions and messages: outgoing INVITE with an SDP offer (ACK on 2xx, BYE to hang up, re-INVITE to hold
 * and resume), incoming INVITE answered automatically (180 then 200 with an SDP answer, or 486 when busy), BYE and
 * CANCEL from the other side, and MESSAGE page mode (RFC 3428) both ways. Requests outside a dialog leave through the
 * P-CSCF and the Service-Route; requests inside follow the dialog's route set (JAIN-SIP dialog layer).
 */
public final class Sessions {
    /** Builds an out-of-dialog request to {@code target} routed via the P-CSCF and the Service-Route. */
    @FunctionalInterface
    public interface RequestFactory {
        Request create(URI target, String method) throws Exception;
    }

    /** How incoming INVITEs are answered. */
    public enum AnswerMode { ANSWER, BUSY }

    /** How long the UE rings (after 180) before it answers with 200. */
    static final long RING_MS = 50;

    private final SipEndpoint sip;
    private final Exchanges exchanges;
    private final RequestFactory requests;
    private final long timeoutMs;
    private final Sdp local;
    private final Map<String, Dialog> dialogs = new ConcurrentHashMap<>();
    private final BlockingQueue<IncomingCall> calls = new LinkedBlockingQueue<>();
    private final BlockingQueue<IncomingMessage> messages = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> hangups = new LinkedBlockingQueue<>();
    private volatile AnswerMode answerMode = AnswerMode.ANSWER;

    public Sessions(SipEndpoint sip, Exchanges exchanges, RequestFactory requests, long timeoutMs, Sdp local) {
        this.sip = sip;
        this.exchanges = exchanges;
        this.requests = requests;
        this.timeoutMs = timeoutMs;
        this.local = local;
    }

    public void answerMode(AnswerMode mode) {
        this.answerMode = mode;
    }

    /** An established or attempted call: its Call-ID and how the INVITE ended. */
    public record Call(String callId, CallResult result) {
    }

    /** INVITE {@code target} with our SDP offer; blocks until the final response, ACKs a 2xx. */
    public Call call(URI target) throws Exception {
        Request invite = requests.create(target, Request.INVITE);
        invite.setContent(local.encode(), sdpType());
        ClientTransaction ct = sip.provider().getNewClientTransaction(invite);
        Exchanges.Exchange x = exchanges.exchange(ct, ct::sendRequest, timeoutMs);
        String callId = ((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId();
        Response r = x.response();
        Sdp answer = null;
        if (r.getStatusCode() >= 200 && r.getStatusCode() < 300) {
            Dialog d = ct.getDialog();
            long seq = ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber();
            d.sendAck(d.createAck(seq));
            dialogs.put(callId, d);
            answer = sdpOf(r);
        }
        return new Call(callId, new CallResult(r.getStatusCode(), r.getReasonPhrase(), x.provisional(), answer,
                headerValues(r, RecordRouteHeader.NAME)));
    }

    /** Re-INVITE within the call with our SDP in {@code direction} (sendonly = hold, sendrecv = resume). */
    public CallResult reinvite(String callId, String direction) throws Exception {
        Dialog d = dialog(callId);
        Request re = d.createRequest(Request.INVITE);
        re.setContent(local.withDirection(direction).encode(), sdpType());
        ClientTransaction ct = sip.provider().getNewClientTransaction(re);
        Exchanges.Exchange x = exchanges.exchange(ct, () -> d.sendRequest(ct), timeoutMs);
        Response r = x.response();
        Sdp answer = null;
        if (r.getStatusCode() >= 200 && r.getStatusCode() < 300) {
            d.sendAck(d.createAck(((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber()));
            answer = sdpOf(r);
        }
        return new CallResult(r.getStatusCode(), r.getReasonPhrase(), x.provisional(), answer, List.of());
    }

    /** BYE; returns its final status. */
    public int hangup(String callId) throws Exception {
        Dialog d = dialog(callId);
        Request bye = d.createRequest(Request.BYE);
        ClientTransaction ct = sip.provider().getNewClientTransaction(bye);
        int status = exchanges.exchange(ct, () -> d.sendRequest(ct), timeoutMs).response().getStatusCode();
        dialogs.remove(callId);
        return status;
    }

    /** MESSAGE page mode; returns its final status. */
    public int message(URI target, String text) throws Exception {
        Request m = requests.create(target, Request.MESSAGE);
        m.setContent(text, sip.headers().createContentTypeHeader("text", "plain"));
        ClientTransaction ct = sip.provider().getNewClientTransaction(m);
        return exchanges.exchange(ct, ct::sendRequest, timeoutMs).response().getStatusCode();
    }

    public IncomingCall awaitCall(long ms) throws InterruptedException {
        return calls.poll(ms, TimeUnit.MILLISECONDS);
    }

    public IncomingMessage awaitMessage(long ms) throws InterruptedException {
        return messages.poll(ms, TimeUnit.MILLISECONDS);
    }

    /** The Call-ID of the next call the other side hung up (BYE received). */
    public String awaitHangup(long ms) throws InterruptedException {
        return hangups.poll(ms, TimeUnit.MILLISECONDS);
    }

    /** Handles session requests; false for methods it does not own. */
    public boolean onRequest(ServerTransaction st, Request request) {
        switch (request.getMethod()) {
            case Request.INVITE -> onInvite(st, request);
            case Request.BYE -> {
                String callId = ((javax.sip.header.CallIdHeader) request.getHeader("Call-ID")).getCallId();
                dialogs.remove(callId);
                hangups.add(callId);
                SipReplies.send(sip, st, request, Response.OK, null);
            }
            case Request.CANCEL -> SipReplies.send(sip, st, request, Response.OK, null);
            case Request.MESSAGE -> {
                byte[] body = request.getRawContent();
                ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
                messages.add(new IncomingMessage(caller(request), request.getRequestURI().toString(),
                        type == null ? null : type.getContentType() + "/" + type.getContentSubType(),
                        body == null ? "" : new String(body, StandardCharsets.UTF_8)));
                SipReplies.send(sip, st, request, Response.OK, null);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void onInvite(ServerTransaction st, Request invite) {
        Sdp offer;
        try {
            byte[] body = invite.getRawContent();
            offer = body == null ? null : Sdp.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            SipReplies.send(sip, st, invite, Response.NOT_ACCEPTABLE_HERE, "Bad SDP: " + e.getMessage());
            return;
        }
        boolean reinvite = ((ToHeader) invite.getHeader(ToHeader.NAME)).getTag() != null;
        int status = !reinvite && answerMode == AnswerMode.BUSY ? Response.BUSY_HERE : Response.OK;
        try {
            String tag = reinvite ? null : Tags.next();
            if (!reinvite && status == Response.OK) {
                st.sendResponse(response(invite, Response.RINGING, tag));
                Thread.sleep(RING_MS); // let 180 reach the caller before 200 (proxies may reorder back-to-back UDP)
            }
            Response r = response(invite, status, tag);
            if (status == Response.OK) {
                r.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(sip.uri(null, false))));
                Sdp answer = offer == null ? local : local.answer(offer);
                r.setContent(answer.encode(), sdpType());
            }
            st.sendResponse(r);
            if (status == Response.OK && st.getDialog() != null) {
                dialogs.put(st.getDialog().getCallId().getCallId(), st.getDialog());
            }
        } catch (Exception e) {
            SipReplies.send(sip, st, invite, Response.SERVER_INTERNAL_ERROR, null);
            return;
        }
        if (!reinvite) {
            HeaderAddress called = (HeaderAddress) invite.getHeader("P-Called-Party-ID");
            calls.add(new IncomingCall(caller(invite), invite.getRequestURI().toString(),
                    called == null ? null : called.getAddress().getURI().toString(), offer, status));
        }
    }

    private Response response(Request request, int status, String tag) throws Exception {
        Response r = sip.messages().createResponse(status, request);
        if (tag != null) {
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(tag);
        }
        return r;
    }

    private Dialog dialog(String callId) {
        Dialog d = dialogs.get(callId);
        if (d == null) {
            throw new IllegalStateException("no call " + callId);
        }
        return d;
    }

    private ContentTypeHeader sdpType() throws java.text.ParseException {
        return sip.headers().createContentTypeHeader("application", "sdp");
    }

    private static String caller(Request r) {
        HeaderAddress pai = (HeaderAddress) r.getHeader(PAssertedIdentityHeader.NAME);
        HeaderAddress from = (HeaderAddress) r.getHeader("From");
        return (pai != null ? pai : from).getAddress().getURI().toString();
    }

    private static Sdp sdpOf(Response r) {
        byte[] body = r.getRawContent();
        if (body == null) {
            return null;
        }
        try {
            return Sdp.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> headerValues(Response r, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(name);
        while (it.hasNext()) {
            out.add(((HeaderAddress) it.next()).getAddress().toString());
        }
        return out;
    }
}
