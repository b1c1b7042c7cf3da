package org.imstb.ue.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import javax.sip.header.RSeqHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;

/**
 * The UE's sessions and messages: outgoing INVITE with an SDP offer (ACK on 2xx, BYE to hang up, re-INVITE to hold
 * and resume), incoming INVITE answered automatically (180 then 200 with an SDP answer, or 486 when busy), BYE and
 * CANCEL from the other side, MESSAGE page mode (RFC 3428) both ways, and the TS 24.228 precondition flow (reliable
 * 183, PRACK, UPDATE, RFC 3262/3311/3312) on both sides; a Require we do not support gets 420. Requests outside a dialog leave through the
 * P-CSCF and the Service-Route; requests inside follow the dialog's route set (JAIN-SIP dialog layer).
 */
public final class Sessions {
    /** Builds an out-of-dialog request to {@code target} routed via the P-CSCF and the Service-Route. */
    @FunctionalInterface
    public interface RequestFactory {
        Request create(URI target, String method) throws Exception;
    }

    /** How incoming INVITEs are answered: 180 + 200, 486 Busy Here, or 302 to {@link #redirectTo(String)}. */
    public enum AnswerMode { ANSWER, BUSY, REDIRECT }

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
    private volatile String redirectTo;
    private volatile String transferTo;
    private final Transfers transfers;
    /** Redirections (3xx) a call follows before giving up (RFC 3261 §8.1.3.4). */
    static final int MAX_REDIRECTS = 3;
    private final Map<String, java.util.concurrent.CompletableFuture<Void>> preconditions = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newCachedThreadPool(
            r -> {
                Thread t = new Thread(r, "ue-sessions");
                t.setDaemon(true);
                return t;
            });

    static final String PRECONDITION = "precondition";
    static final String RELIABLE = "100rel";

    public Sessions(SipEndpoint sip, Exchanges exchanges, RequestFactory requests, long timeoutMs, Sdp local) {
        this.sip = sip;
        this.exchanges = exchanges;
        this.requests = requests;
        this.timeoutMs = timeoutMs;
        this.local = local;
        this.transfers = new Transfers(this, sip, exchanges, timeoutMs, worker);
    }

    public void answerMode(AnswerMode mode) {
        this.answerMode = mode;
    }

    /** Answer incoming INVITEs with 302 Moved Temporarily, Contact {@code target}. */
    public void redirectTo(String target) {
        this.redirectTo = target;
        this.answerMode = AnswerMode.REDIRECT;
    }

    /** After answering an incoming call, transfer the caller to {@code target} (REFER), then hang up. */
    public void transferTo(String target) {
        this.transferTo = target;
    }

    /** True while the call with this Call-ID is established (not ended by either side). */
    public boolean active(String callId) {
        return dialogs.containsKey(callId);
    }

    /** An established or attempted call: its Call-ID and how the INVITE ended. */
    public record Call(String callId, CallResult result) {
    }

    /** INVITE {@code target} with our SDP offer; blocks until the final response, ACKs a 2xx. */
    public Call call(URI target) throws Exception {
        return call(target, false);
    }

    /**
     * INVITE {@code target}; with {@code preconditions} the TS 24.228 flow: {@code Require: precondition},
     * {@code Supported: 100rel}, an offer with segmented QoS preconditions not yet met; each reliable provisional
     * response is PRACKed, and after the first one carrying the answer, an UPDATE tells the other side our resources
     * are reserved; the callee then rings and answers. The steps appear in {@link CallResult#steps()}.
     */
    public Call call(URI target, boolean preconditions) throws Exception {
        List<String> redirects = new ArrayList<>();
        Call c = callOnce(target, preconditions, redirects);
        for (int i = 0; i < MAX_REDIRECTS && c.result().status() >= 300 && c.result().status() < 400; i++) {
            URI next = c.result().contact() == null ? null : sip.addresses().createURI(c.result().contact());
            if (next == null) {
                break;
            }
            redirects.add(c.result().status() + " -> " + next);
            c = callOnce(next, preconditions, redirects);
        }
        return c;
    }

    private Call callOnce(URI target, boolean preconditions, List<String> redirects) throws Exception {
        Request invite = requests.create(target, Request.INVITE);
        List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>(redirects));
        if (preconditions) {
            invite.addHeader(sip.headers().createRequireHeader(PRECONDITION));
            invite.addHeader(sip.headers().createSupportedHeader(RELIABLE));
            invite.setContent(local.withQos(new Sdp.Qos("none", "none")).encode(), sdpType());
        } else {
            invite.setContent(local.encode(), sdpType());
        }
        ClientTransaction ct = sip.provider().getNewClientTransaction(invite);
        java.util.concurrent.atomic.AtomicBoolean updated = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong ringing = new java.util.concurrent.atomic.AtomicLong();
        ReliableResponses acknowledged = new ReliableResponses();
        long sent = System.nanoTime();
        Exchanges.Exchange x = exchanges.exchange(ct, ct::sendRequest, timeoutMs, r -> {
            if (r.getStatusCode() == Response.RINGING) {
                ringing.compareAndSet(0, System.nanoTime() - sent);
            }
            if (r.getHeader(RSeqHeader.NAME) != null && acknowledged.firstTime(r)) {
                worker.execute(() -> prack(ct.getDialog(), r, preconditions && updated.compareAndSet(false, true),
                        steps));
            }
        });
        long finalNs = System.nanoTime() - sent;
        String callId = ((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId();
        Response r = x.response();
        Sdp answer = null;
        if (r.getStatusCode() >= 200 && r.getStatusCode() < 300) {
            Dialog d = ct.getDialog();
            long seq = ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber();
            d.sendAck(d.createAck(seq));
            dialogs.put(callId, d);
            answer = SessionMessages.sdpOf(r);
        }
        javax.sip.header.ContactHeader contact = (javax.sip.header.ContactHeader) r.getHeader("Contact");
        return new Call(callId, new CallResult(r.getStatusCode(), r.getReasonPhrase(), x.provisional(), answer,
                SessionMessages.headerValues(r, RecordRouteHeader.NAME), List.copyOf(steps),
                r.getStatusCode() >= 300 && r.getStatusCode() < 400 && contact != null
                        ? contact.getAddress().getURI().toString() : null, ringing.get(), finalNs));
    }

    /** PRACK a reliable provisional response (RFC 3262); then, if asked, UPDATE with our resources reserved. */
    private void prack(Dialog d, Response provisional, boolean update, List<String> steps) {
        try {
            Request prack = d.createPrack(provisional);
            ClientTransaction ct = sip.provider().getNewClientTransaction(prack);
            int status = exchanges.exchange(ct, () -> d.sendRequest(ct), timeoutMs).response().getStatusCode();
            steps.add("PRACK " + status + " (for " + provisional.getStatusCode() + ")");
            if (update && status == Response.OK) {
                Request up = d.createRequest(Request.UPDATE);
                // version 3: after the INVITE offer (2); our segment is reserved, the other one not known yet
                up.setContent(local.withQos(new Sdp.Qos("sendrecv", "none")).withQos(new Sdp.Qos("sendrecv", "none"))
                        .encode(), sdpType());
                ClientTransaction uct = sip.provider().getNewClientTransaction(up);
                Response ur = exchanges.exchange(uct, () -> d.sendRequest(uct), timeoutMs).response();
                Sdp answer = SessionMessages.sdpOf(ur);
                steps.add("UPDATE " + ur.getStatusCode() + (answer != null && answer.qos() != null
                        && answer.qos().met() ? " (preconditions met)" : ""));
            }
        } catch (Exception e) {
            steps.add("PRACK/UPDATE failed: " + e);
        }
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
            answer = SessionMessages.sdpOf(r);
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
            case Request.PRACK -> SipReplies.send(sip, st, request, Response.OK, null);
            case Request.REFER -> transfers.onRefer(st, request);
            case Request.NOTIFY -> {
                return transfers.onNotify(st, request);
            }
            case Request.UPDATE -> onUpdate(st, request);
            case Request.MESSAGE -> {
                byte[] body = request.getRawContent();
                ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
                messages.add(new IncomingMessage(SessionMessages.caller(request), request.getRequestURI().toString(),
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
        List<String> unsupported = SessionMessages.unsupported(invite);
        if (!unsupported.isEmpty()) {
            try {
                Response r = SipReplies.create(sip, invite, Response.BAD_EXTENSION, "Bad Extension");
                r.addHeader(sip.headers().createUnsupportedHeader(String.join(", ", unsupported)));
                st.sendResponse(r);
            } catch (Exception e) {
                SipReplies.send(sip, st, invite, Response.BAD_EXTENSION, null);
            }
            return;
        }
        Sdp offer;
        try {
            byte[] body = invite.getRawContent();
            offer = body == null ? null : Sdp.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            SipReplies.send(sip, st, invite, Response.NOT_ACCEPTABLE_HERE, "Bad SDP: " + e.getMessage());
            return;
        }
        boolean reinvite = ((ToHeader) invite.getHeader(ToHeader.NAME)).getTag() != null;
        if (!reinvite && answerMode == AnswerMode.REDIRECT && redirectTo != null) {
            redirect(st, invite);
            return;
        }
        int status = !reinvite && answerMode == AnswerMode.BUSY ? Response.BUSY_HERE : Response.OK;
        if (!reinvite && status == Response.OK && offer != null && offer.qos() != null
                && SessionMessages.requires(invite, PRECONDITION)) {
            if (!SessionMessages.supports(invite, RELIABLE)) {
                extensionRequired(st, invite);
                return;
            }
            worker.execute(() -> answerWithPreconditions(st, invite, offer));
            return;
        }
        if (!reinvite && status == Response.OK) {
            // 180, a pause, then 200: on a worker, so that the pause holds no JAIN-SIP listener thread
            worker.execute(() -> answer(st, invite, offer, false, status));
        } else {
            answer(st, invite, offer, reinvite, status);
        }
    }

    private void answer(ServerTransaction st, Request invite, Sdp offer, boolean reinvite, int status) {
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            SipReplies.send(sip, st, invite, Response.SERVER_INTERNAL_ERROR, null);
            return;
        }
        if (!reinvite) {
            HeaderAddress called = (HeaderAddress) invite.getHeader("P-Called-Party-ID");
            calls.add(new IncomingCall(SessionMessages.caller(invite), invite.getRequestURI().toString(),
                    called == null ? null : called.getAddress().getURI().toString(), offer, status,
                    SessionMessages.asserted(invite)));
            String to = transferTo;
            if (status == Response.OK && to != null) {
                String callId = ((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId();
                worker.execute(() -> transfers.afterAnswer(callId, to));
            }
        }
    }

    private void redirect(ServerTransaction st, Request invite) {
        try {
            Response r = sip.messages().createResponse(Response.MOVED_TEMPORARILY, invite);
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(Tags.next());
            r.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(redirectTo)));
            st.sendResponse(r);
            HeaderAddress called = (HeaderAddress) invite.getHeader("P-Called-Party-ID");
            calls.add(new IncomingCall(SessionMessages.caller(invite), invite.getRequestURI().toString(),
                    called == null ? null : called.getAddress().getURI().toString(), null,
                    Response.MOVED_TEMPORARILY, SessionMessages.asserted(invite)));
        } catch (Exception e) {
            SipReplies.send(sip, st, invite, Response.SERVER_INTERNAL_ERROR, null);
        }
    }

    /** The next transfer this UE took part in (either side), waiting up to {@code ms}; null if none. */
    public Transfer awaitTransfer(long ms) throws InterruptedException {
        return transfers.await(ms);
    }

    /** Transfers the other party of {@code callId} to {@code target} (see {@link Transfers#transfer}). */
    public Transfer transfer(String callId, URI target) throws Exception {
        return transfers.transfer(callId, target);
    }

    /**
     * 421 Extension Required (RFC 3261 §21.4.15, RFC 3312 §11): the caller requires preconditions, whose flow needs
     * reliable provisional responses, but offers no 100rel.
     */
    private void extensionRequired(ServerTransaction st, Request invite) {
        try {
            Response r = SipReplies.create(sip, invite, Response.EXTENSION_REQUIRED, "Extension Required");
            r.addHeader(sip.headers().createRequireHeader(RELIABLE));
            st.sendResponse(r);
        } catch (Exception e) {
            SipReplies.send(sip, st, invite, Response.EXTENSION_REQUIRED, "Extension Required");
        }
    }

    /**
     * The callee's side of the TS 24.228 precondition flow: 183 Session Progress, reliable (RFC 3262), with our answer
     * (our segment not reserved yet); after the PRACK, the caller's UPDATE reports its segment reserved and we answer
     * with both met; then 180 and 200.
     */
    private void answerWithPreconditions(ServerTransaction st, Request invite, Sdp offer) {
        String callId = ((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId();
        java.util.concurrent.CompletableFuture<Void> met = new java.util.concurrent.CompletableFuture<>();
        preconditions.put(callId, met);
        try {
            Dialog d = st.getDialog();
            Response progress = d.createReliableProvisionalResponse(Response.SESSION_PROGRESS);
            ToHeader to = (ToHeader) progress.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(Tags.next());
            }
            progress.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(sip.uri(null, false))));
            progress.addHeader(sip.headers().createRequireHeader(RELIABLE));
            progress.setContent(local.answer(offer).withQos(new Sdp.Qos("none", offer.qos().local())).encode(),
                    sdpType());
            d.sendReliableProvisionalResponse(progress);
            met.get(timeoutMs, TimeUnit.MILLISECONDS);
            String tag = d.getLocalTag();
            st.sendResponse(response(invite, Response.RINGING, tag));
            Thread.sleep(RING_MS);
            Response ok = response(invite, Response.OK, tag);
            ok.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(sip.uri(null, false))));
            ok.setContent(local.answer(offer).withQos(new Sdp.Qos("sendrecv", "sendrecv")).encode(), sdpType());
            st.sendResponse(ok);
            dialogs.put(callId, d);
            HeaderAddress called = (HeaderAddress) invite.getHeader("P-Called-Party-ID");
            calls.add(new IncomingCall(SessionMessages.caller(invite), invite.getRequestURI().toString(),
                    called == null ? null : called.getAddress().getURI().toString(), offer, Response.OK,
                    SessionMessages.asserted(invite)));
        } catch (Exception e) {
            SipReplies.send(sip, st, invite, Response.SERVER_INTERNAL_ERROR, "Preconditions: " + e);
        } finally {
            preconditions.remove(callId);
        }
    }

    /** UPDATE (RFC 3311) inside an early or confirmed dialog: answer its offer; complete preconditions when met. */
    private void onUpdate(ServerTransaction st, Request update) {
        Sdp offer;
        try {
            byte[] body = update.getRawContent();
            offer = body == null ? null : Sdp.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            SipReplies.send(sip, st, update, Response.NOT_ACCEPTABLE_HERE, "Bad SDP: " + e.getMessage());
            return;
        }
        try {
            Response ok = sip.messages().createResponse(Response.OK, update);
            ok.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(sip.uri(null, false))));
            if (offer != null) {
                Sdp answer = local.answer(offer);
                if (offer.qos() != null) {
                    answer = answer.withQos(new Sdp.Qos("sendrecv", offer.qos().local()));
                }
                ok.setContent(answer.encode(), sdpType());
            }
            st.sendResponse(ok);
        } catch (Exception e) {
            SipReplies.send(sip, st, update, Response.SERVER_INTERNAL_ERROR, null);
            return;
        }
        String callId = ((javax.sip.header.CallIdHeader) update.getHeader("Call-ID")).getCallId();
        java.util.concurrent.CompletableFuture<Void> met = preconditions.get(callId);
        if (met != null && offer != null && offer.qos() != null && "sendrecv".equals(offer.qos().local())) {
            met.complete(null);
        }
    }

    private Response response(Request request, int status, String tag) throws Exception {
        Response r = sip.messages().createResponse(status, request);
        if (tag != null) {
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(tag);
        }
        return r;
    }

    Dialog dialog(String callId) {
        Dialog d = dialogs.get(callId);
        if (d == null) {
            throw new IllegalStateException("no call " + callId);
        }
        return d;
    }

    private ContentTypeHeader sdpType() throws java.text.ParseException {
        return sip.headers().createContentTypeHeader("application", "sdp");
    }

}
