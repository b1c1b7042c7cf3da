package org.imstb.ue.as.voicemail;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;

import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.ClientCallback;
import org.imstb.ue.as.DialogState;
import org.imstb.ue.as.OkRetransmissions;
import org.imstb.ue.as.ServedUser;
import org.imstb.ue.as.Service;
import org.imstb.ue.as.ServiceConfig;
import org.imstb.ue.as.ServiceRouting;
import org.imstb.ue.as.sh.ServiceData;
import org.imstb.ue.as.sh.ShAccess;
import org.imstb.ue.session.Sdp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AS acting as terminating UA (TS 24.229 §5.7.2): answers INVITE itself (100, 180, then 200 with an SDP answer after
 * {@code answerAfterMs}), takes the ACK, answers BYE, CANCEL while ringing (487) and re-INVITE; hangs up with BYE
 * {@code hangupAfterMs} after the ACK when configured. MESSAGE gets 200 and is kept per served user (P-Served-User,
 * else the Request-URI, else To) in the {@link Mailbox}; OPTIONS gets 200. Its Contact is
 * {@code sip:<service>@<host>:<port>}, so requests inside its dialogs come back to it. With Sh configured, the
 * number of messages kept for the user is written to the user's repository data under {@value #SERVICE_INDICATION}
 * ({@code <messages>N</messages>}) after each stored MESSAGE, without waiting for it; failures are only logged.
 */
public final class VoicemailService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(VoicemailService.class);
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, PRACK, UPDATE, INFO";
    /** The media port announced in SDP (no media flows: the AS only signals). */
    static final int MEDIA_PORT = 49170;
    /** The Service-Indication of the repository data the service keeps. */
    static final String SERVICE_INDICATION = "imstb-voicemail";

    private final String name;
    private final AsContext ctx;
    private final ServiceConfig.Voicemail config;
    private final Mailbox mailbox;
    private final OkRetransmissions retransmissions;
    private final Map<String, VoicemailCall> calls = new ConcurrentHashMap<>();

    public VoicemailService(String name, ServiceConfig.Voicemail config, AsContext ctx) {
        this.name = name;
        this.ctx = ctx;
        this.config = config;
        this.mailbox = new Mailbox(config.maxMessages());
        this.retransmissions = new OkRetransmissions(ctx);
    }

    @Override
    public String name() {
        return name;
    }

    /** The messages kept. */
    public Mailbox mailbox() {
        return mailbox;
    }

    /** Calls in progress or established. */
    public int calls() {
        return calls.size();
    }

    @Override
    public void onRequest(ServerTransaction st, Request request) {
        boolean inDialog = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null;
        switch (request.getMethod()) {
            case Request.INVITE -> {
                if (inDialog) {
                    reinvite(st, request);
                } else {
                    invite(st, request);
                }
            }
            case Request.BYE -> bye(st, request);
            case Request.CANCEL -> cancel(st, request);
            case Request.MESSAGE -> message(st, request);
            case Request.OPTIONS -> SipReplies.options(sip(), st, request, ALLOW);
            case Request.PRACK, Request.UPDATE, Request.INFO -> SipReplies.send(sip(), st, request,
                    calls.containsKey(callId(request)) ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST,
                    null);
            default -> Answers.methodNotAllowed(sip(), st, request, ALLOW);
        }
    }

    private void invite(ServerTransaction st, Request invite) {
        if (calls.containsKey(callId(invite))) {
            // a retransmission that outlived its transaction: the 2xx being retransmitted answers it
            LOG.debug("{}: INVITE of call {} again", name, callId(invite));
            return;
        }
        Sdp offer;
        try {
            offer = offerOf(invite);
        } catch (IllegalArgumentException e) {
            SipReplies.send(sip(), st, invite, Response.NOT_ACCEPTABLE_HERE, "Bad SDP: " + e.getMessage());
            return;
        }
        String tag = Tags.next();
        Address contact = contact();
        SipReplies.send(sip(), st, invite, Response.TRYING, null);
        VoicemailCall call = new VoicemailCall(DialogState.asUas(invite, tag, contact), st, invite, offer);
        calls.put(call.dialog().callId(), call);
        Answers.send(sip(), st, Answers.create(sip(), invite, Response.RINGING, null, tag, contact));
        call.timer(ctx.later(config.answerAfterMs(), () -> answer(call)));
        ctx.metrics().increment("imstb_as_voicemail_calls_total", "service", name);
    }

    private void answer(VoicemailCall call) {
        if (!call.answer()) {
            return;
        }
        DialogState d = call.dialog();
        Response ok = Answers.create(sip(), call.inviteRequest(), Response.OK, null, d.localTag(), contact());
        Answers.sdp(sip(), ok, answerTo(call.offer()));
        Answers.send(sip(), call.invite(), ok);
        retransmissions.start(d.callId(), ok, () -> hangup(call, "no ACK"));
        LOG.info("{}: answered call {} from {} to {}", name, d.callId(), caller(call.inviteRequest()),
                call.inviteRequest().getRequestURI());
    }

    @Override
    public void onAck(Request ack) {
        String callId = callId(ack);
        retransmissions.acked(callId);
        VoicemailCall call = calls.get(callId);
        if (call != null && call.confirm() && config.hangupAfterMs() != null) {
            call.timer(ctx.later(config.hangupAfterMs(), () -> hangup(call, "hangupAfterMs")));
        }
    }

    /** Ends the call from our side with BYE. */
    private void hangup(VoicemailCall call, String why) {
        if (!call.end()) {
            return;
        }
        String callId = call.dialog().callId();
        calls.remove(callId);
        retransmissions.cancel(callId);
        try {
            ctx.send(call.dialog().request(sip(), Request.BYE), new ClientCallback() {
                @Override
                public void onResponse(Response r) {
                    if (r.getStatusCode() >= 200) {
                        LOG.info("{}: hung up call {} ({}): BYE answered {}", name, callId, why, r.getStatusCode());
                    }
                }

                @Override
                public void onTimeout() {
                    LOG.info("{}: hung up call {} ({}): BYE timed out", name, callId, why);
                }
            });
        } catch (Exception e) {
            LOG.warn("{}: cannot send BYE for call {}: {}", name, callId, e.toString());
        }
    }

    private void bye(ServerTransaction st, Request bye) {
        VoicemailCall call = calls.remove(callId(bye));
        if (call == null) {
            SipReplies.send(sip(), st, bye, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        call.end();
        retransmissions.cancel(call.dialog().callId());
        SipReplies.send(sip(), st, bye, Response.OK, null);
        LOG.info("{}: call {} ended by the caller", name, call.dialog().callId());
    }

    private void cancel(ServerTransaction st, Request cancel) {
        VoicemailCall call = calls.get(callId(cancel));
        if (call == null) {
            SipReplies.send(sip(), st, cancel, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        SipReplies.send(sip(), st, cancel, Response.OK, null);
        if (call.cancel()) {
            calls.remove(call.dialog().callId());
            Answers.send(sip(), call.invite(), Answers.create(sip(), call.inviteRequest(),
                    Response.REQUEST_TERMINATED, null, call.dialog().localTag(), null));
            LOG.info("{}: call {} cancelled while ringing", name, call.dialog().callId());
        }
    }

    private void reinvite(ServerTransaction st, Request reinvite) {
        VoicemailCall call = calls.get(callId(reinvite));
        if (call == null) {
            SipReplies.send(sip(), st, reinvite, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        Sdp offer;
        try {
            offer = offerOf(reinvite);
        } catch (IllegalArgumentException e) {
            SipReplies.send(sip(), st, reinvite, Response.NOT_ACCEPTABLE_HERE, "Bad SDP: " + e.getMessage());
            return;
        }
        Response ok = Answers.create(sip(), reinvite, Response.OK, null, null, contact());
        Answers.sdp(sip(), ok, answerTo(offer));
        Answers.send(sip(), st, ok);
        retransmissions.start(call.dialog().callId(), ok, () -> hangup(call, "no ACK to the re-INVITE"));
    }

    private void message(ServerTransaction st, Request message) {
        String user = servedUser(message);
        String text = Answers.text(message);
        int count = mailbox.add(user, new Mailbox.Message(caller(message), Answers.contentType(message),
                text == null ? "" : text, System.currentTimeMillis()));
        ctx.metrics().increment("imstb_as_voicemail_messages_total", "service", name);
        SipReplies.send(sip(), st, message, Response.OK, null);
        LOG.info("{}: message for {} from {} ({} kept for {}, {} in all)", name, user, caller(message), count, user,
                mailbox.count());
        ctx.sh().ifPresent(sh -> sh.update(user, SERVICE_INDICATION,
                old -> ServiceData.element("messages", mailbox.count(user))).whenComplete((stored, e) -> {
                    if (e != null) {
                        LOG.warn("{}: Sh repository data {} of {} not written: {}", name, SERVICE_INDICATION, user,
                                ShAccess.describe(e));
                    } else {
                        LOG.info("{}: Sh repository data {} of {} is now #{} {}", name, SERVICE_INDICATION, user,
                                stored.sequenceNumber(), stored.serviceData());
                    }
                }));
    }

    /**
     * Whose mailbox a MESSAGE goes to: the P-Served-User (RFC 5502), else the Request-URI (a terminating request
     * routed to us by the S-CSCF), else, when the Request-URI names the AS itself, the To identity.
     */
    private String servedUser(Request request) {
        return ServedUser.of(request).map(ServedUser::identity).orElseGet(() -> {
            if (!ServiceRouting.isOwn(sip(), request.getRequestURI())) {
                return Identities.publicIdentity(request.getRequestURI());
            }
            return Identities.publicIdentity(((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI());
        });
    }

    private String answerTo(Sdp offer) {
        Sdp local = Sdp.offer(sip().config().address(), MEDIA_PORT);
        return (offer == null ? local : local.answer(offer)).encode();
    }

    /** The SDP offer of {@code request}, or null without an SDP body; IllegalArgumentException when unreadable. */
    private static Sdp offerOf(Request request) {
        String body = Answers.text(request);
        if (body == null || !"application/sdp".equals(Answers.contentType(request))) {
            return null;
        }
        return Sdp.parse(body);
    }

    private Address contact() {
        return sip().addresses().createAddress(sip().uri(name, false));
    }

    static String caller(Request r) {
        HeaderAddress pai = (HeaderAddress) r.getHeader(PAssertedIdentityHeader.NAME);
        HeaderAddress from = (HeaderAddress) r.getHeader("From");
        return (pai != null ? pai : from).getAddress().getURI().toString();
    }

    private static String callId(Request r) {
        return ((CallIdHeader) r.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private SipEndpoint sip() {
        return ctx.sip();
    }

    @Override
    public void stop() {
        retransmissions.stopAll();
        calls.values().forEach(VoicemailCall::end);
        calls.clear();
    }
}
