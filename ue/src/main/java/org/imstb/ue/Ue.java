package org.imstb.ue;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssociatedURIHeader;
import gov.nist.javax.sip.header.ims.ServiceRouteHeader;

import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.common.sip.reginfo.ReginfoException;
import org.imstb.common.sip.reginfo.ReginfoXml;
import org.imstb.common.trace.MessageObserver;
import org.imstb.ue.auth.AuthorizationHeaders;
import org.imstb.ue.auth.DigestClient;
import org.imstb.ue.session.CallResult;
import org.imstb.ue.session.Exchanges;
import org.imstb.ue.session.IncomingCall;
import org.imstb.ue.session.IncomingMessage;
import org.imstb.ue.session.Sdp;
import org.imstb.ue.session.Sessions;
import org.imstb.ue.session.Transfer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scriptable IMS UE over JAIN-SIP: registers through its P-CSCF with MD5 digest or IMS AKA (a simulated USIM,
 * resynchronising when it must), re-registers on the live nonce, deregisters, subscribes to its reg event and keeps the
 * NOTIFYs it gets, and routes later requests along the Service-Route; places, answers, holds and ends calls and sends
 * and receives MESSAGEs ({@link Sessions}). Calls block until the final response.
 *
 * <pre>{@code
 * try (Ue ue = Ue.start(config, Credentials.password("bob-secret"), MessageObserver.NONE)) {
 *     RegistrationResult r = ue.register(600);
 * }
 * }</pre>
 */
public final class Ue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ue.class);

    private final UeConfig config;
    private final SipEndpoint sip;
    private final DigestClient digest;
    private final Exchanges exchanges;
    private final Sessions sessions;
    private final BlockingQueue<RegNotification> notifications = new LinkedBlockingQueue<>();
    private final String fromTag = Tags.next();
    private final String registerCallId = Tags.token(12) + "@imstb-ue";
    private long cseq;
    private volatile List<String> serviceRoute = List.of();
    private volatile String privacy;

    private Ue(UeConfig config, Credentials credentials, MessageObserver observer, String name) {
        this.config = config;
        this.sip = new SipEndpoint(config.sip(), name, observer, true);
        this.digest = new DigestClient(config.impi(), credentials);
        this.exchanges = new Exchanges(sip.messages());
        this.sessions = new Sessions(sip, exchanges, this::outOfDialog, config.timeoutMs(),
                Sdp.offer(config.sip().address(), 40000));
    }

    /** Starts a UE's SIP stack; its P-CSCF must be configured. */
    public static Ue start(UeConfig config, Credentials credentials, MessageObserver observer) throws Exception {
        if (config.pcscf() == null) {
            throw new IllegalArgumentException("no P-CSCF configured for " + config.impu()
                    + "; give one or discover it by DHCPv6 (Ue.start with an interface)");
        }
        String user = config.impi().replaceAll("@.*$", "");
        Ue ue = new Ue(config, credentials, observer, "ue-" + user);
        ue.sip.start(ue.new Listener());
        return ue;
    }

    /**
     * Starts a UE that asks DHCPv6 on {@code interfaceName} (Information-Request, options 21–23) for what its
     * configuration lacks: the P-CSCF when {@code config.pcscf()} is null, the DNS server (then it locates the
     * P-CSCF's name by RFC 3263) when {@code config.sip().dns()} is null. Sending from port 546 needs root or
     * CAP_NET_BIND_SERVICE.
     */
    public static Ue start(UeConfig config, Credentials credentials, MessageObserver observer, String interfaceName,
            java.time.Duration timeout) throws Exception {
        UeConfig c = config.pcscf() != null && config.sip().dns() != null ? config
                : Discovery.discover(interfaceName, timeout).applyTo(config);
        return start(c, credentials, observer);
    }

    /** Registers (or re-registers) for {@code expires} seconds, answering challenges. */
    public synchronized RegistrationResult register(int expires) throws Exception {
        String uri = "sip:" + config.domain();
        DigestClient.Answer answer = digest.hasChallenge() ? digest.again(Request.REGISTER, uri) : null;
        int challenges = 0;
        boolean resync = false;
        for (int attempt = 0; attempt < 5; attempt++) {
            Response r = send(register(expires, answer));
            if (r.getStatusCode() != Response.UNAUTHORIZED) {
                return result(r, challenges, resync);
            }
            challenges++;
            WWWAuthenticateHeader w = (WWWAuthenticateHeader) r.getHeader(WWWAuthenticateHeader.NAME);
            if (w == null) {
                return result(r, challenges, resync);
            }
            DigestClient.Outcome o = digest.answer(new DigestClient.Challenge(w.getRealm(), w.getNonce(),
                    w.getAlgorithm(), w.getQop()), Request.REGISTER, uri);
            if (o instanceof DigestClient.Rejected rejected) {
                return new RegistrationResult(401, rejected.why(), List.of(), List.of(), List.of(), 0, challenges,
                        resync);
            }
            answer = ((DigestClient.Answered) o).answer();
            resync |= answer.auts() != null;
        }
        return new RegistrationResult(401, "too many challenges", List.of(), List.of(), List.of(), 0, challenges,
                resync);
    }

    /** Removes this UE's contact (REGISTER with Expires 0). */
    public RegistrationResult deregister() throws Exception {
        return register(0);
    }

    /** Subscribes to its own reg event (RFC 3680) along the Service-Route; returns the final status. */
    public synchronized int subscribeRegEvent(int expires) throws Exception {
        Address me = sip.addresses().createAddress(config.impu());
        Request s = base(me.getURI(), Request.SUBSCRIBE, sip.provider().getNewCallId(), 1, Tags.next());
        s.addHeader(sip.headers().createEventHeader(ReginfoXml.EVENT_PACKAGE));
        s.addHeader(sip.headers().createExpiresHeader(expires));
        s.addHeader(sip.headers().createAcceptHeader(ReginfoXml.CONTENT_TYPE, ReginfoXml.CONTENT_SUBTYPE));
        s.addHeader(contact(-1));
        routeVia(s, serviceRoute);
        return send(s).getStatusCode();
    }

    /** The next reg event NOTIFY received, waiting up to {@code timeoutMs}; null if none came. */
    public RegNotification awaitNotification(long timeoutMs) throws InterruptedException {
        return notifications.poll(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** Calls {@code target} (a SIP or tel URI) with an SDP offer; blocks until the final response, ACKs a 2xx. */
    public Sessions.Call call(String target) throws Exception {
        return sessions.call(sip.addresses().createURI(target));
    }

    /** Calls with the TS 24.228 precondition flow (reliable 183, PRACK, UPDATE) when {@code preconditions}. */
    public Sessions.Call call(String target, boolean preconditions) throws Exception {
        return sessions.call(sip.addresses().createURI(target), preconditions);
    }

    /** Puts a call on hold (re-INVITE with a=sendonly) or resumes it (a=sendrecv). */
    public CallResult hold(String callId, boolean hold) throws Exception {
        return sessions.reinvite(callId, hold ? "sendonly" : "sendrecv");
    }

    /** Ends a call with BYE; returns the BYE's final status. */
    public int hangup(String callId) throws Exception {
        return sessions.hangup(callId);
    }

    /** Sends a MESSAGE (page mode) with a text/plain body; returns the final status. */
    public int message(String target, String text) throws Exception {
        return sessions.message(sip.addresses().createURI(target), text);
    }

    /** How this UE answers incoming INVITEs (default: 180 then 200). */
    public void answerMode(Sessions.AnswerMode mode) {
        sessions.answerMode(mode);
    }

    /** Answer incoming INVITEs with 302 Moved Temporarily to {@code target}. */
    public void redirectTo(String target) {
        sessions.redirectTo(target);
    }

    /** After answering each incoming call, transfer the caller to {@code target} (REFER) and hang up. */
    public void transferTo(String target) {
        sessions.transferTo(target);
    }

    /** Transfers the other party of a call to {@code target} (REFER, NOTIFY progress, then BYE). */
    public Transfer transfer(String callId, String target) throws Exception {
        return sessions.transfer(callId, sip.addresses().createURI(target));
    }

    /** The next transfer this UE took part in, waiting up to {@code ms}; null if none. */
    public Transfer awaitTransfer(long ms) throws InterruptedException {
        return sessions.awaitTransfer(ms);
    }

    /** True while the call is established. */
    public boolean active(String callId) {
        return sessions.active(callId);
    }

    /** The next call this UE answered, waiting up to {@code ms}; null if none came. */
    public IncomingCall awaitCall(long ms) throws InterruptedException {
        return sessions.awaitCall(ms);
    }

    /** The next MESSAGE this UE received, waiting up to {@code ms}; null if none came. */
    public IncomingMessage awaitMessage(long ms) throws InterruptedException {
        return sessions.awaitMessage(ms);
    }

    /** The Call-ID of the next call the other side ended, waiting up to {@code ms}; null if none. */
    public String awaitHangup(long ms) throws InterruptedException {
        return sessions.awaitHangup(ms);
    }

    /** The Service-Route of the last successful registration. */
    public List<String> serviceRoute() {
        return serviceRoute;
    }

    /** The SIP port this UE listens on. */
    public int port() {
        return sip.port();
    }

    /** The contact URI this UE registers. */
    public String contactUri() {
        return contactAddressUri().toString();
    }

    @Override
    public void close() {
        sip.stop();
    }

    private Request register(int expires, DigestClient.Answer answer) throws Exception {
        Address me = sip.addresses().createAddress(config.impu());
        URI domain = sip.addresses().createURI("sip:" + config.domain());
        Request r = base(domain, Request.REGISTER, sip.headers().createCallIdHeader(registerCallId), ++cseq, fromTag);
        r.addHeader(contact(expires));
        r.addHeader(sip.headers().createExpiresHeader(expires));
        r.addHeader(sip.headers().createSupportedHeader("path"));
        r.addHeader(AuthorizationHeaders.of(sip, config.impi(), config.domain(), answer));
        routeVia(r, List.of());
        r.setHeader(sip.headers().createToHeader(me, null));
        return r;
    }

    private Request base(URI target, String method, CallIdHeader callId, long seq, String tag) throws Exception {
        Address me = sip.addresses().createAddress(config.impu());
        return sip.newRequest(target, method, callId, seq, me, tag, sip.addresses().createAddress(target), transport());
    }

    private String transport() {
        return config.pcscf().toLowerCase(java.util.Locale.ROOT).contains("transport=tcp") ? "tcp" : "udp";
    }

    private void routeVia(Request r, List<String> route) throws Exception {
        SipURI pcscf = (SipURI) sip.addresses().createURI(config.pcscf());
        pcscf.setLrParam();
        r.addHeader(sip.headers().createRouteHeader(sip.addresses().createAddress(pcscf)));
        for (String hop : route) {
            r.addHeader(sip.headers().createHeader("Route", hop));
        }
    }

    private SipURI contactAddressUri() {
        SipURI uri = sip.uri(config.impi().replaceAll("@.*$", ""), false);
        if (transport().equals("tcp")) {
            try {
                uri.setTransportParam("tcp");
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
        }
        return uri;
    }

    private ContactHeader contact(int expires) throws Exception {
        ContactHeader c = sip.headers().createContactHeader(sip.addresses().createAddress(contactAddressUri()));
        if (expires >= 0) {
            c.setExpires(expires);
        }
        return c;
    }

    private Response send(Request r) throws Exception {
        ClientTransaction ct = sip.provider().getNewClientTransaction(r);
        return exchanges.exchange(ct, ct::sendRequest, config.timeoutMs()).response();
    }

    /**
     * Asks for privacy on every later request outside a dialog (calls, MESSAGE): {@code Privacy: <value>} (RFC 3323,
     * e.g. {@code id}: the network withholds our asserted identity outside its trust domain, RFC 3325); null: none.
     */
    public void privacy(String value) {
        this.privacy = value;
    }

    /** A new request outside any dialog, from our public identity, along the P-CSCF and the Service-Route. */
    private Request outOfDialog(URI target, String method) throws Exception {
        Request r = base(target, method, sip.provider().getNewCallId(), 1, Tags.next());
        r.addHeader(contact(-1));
        String p = privacy;
        if (p != null) {
            r.addHeader(sip.headers().createHeader("Privacy", p));
        }
        routeVia(r, serviceRoute);
        return r;
    }

    private RegistrationResult result(Response r, int challenges, boolean resync) {
        List<String> routes = values(r, ServiceRouteHeader.NAME, false);
        List<String> pau = values(r, PAssociatedURIHeader.NAME, true);
        List<String> contacts = new ArrayList<>();
        int expires = 0;
        ListIterator<?> it = r.getHeaders(ContactHeader.NAME);
        String mine = contactUri();
        while (it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            contacts.add(c.toString().replaceFirst("^Contact:\\s*", "").trim());
            if (c.getAddress().getURI().toString().equalsIgnoreCase(mine)) {
                expires = Math.max(0, c.getExpires());
            }
        }
        if (r.getStatusCode() == Response.OK && !routes.isEmpty()) {
            serviceRoute = routes;
        }
        return new RegistrationResult(r.getStatusCode(), r.getReasonPhrase(), routes, pau, contacts, expires,
                challenges, resync);
    }

    private static List<String> values(Response r, String name, boolean identity) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(name);
        while (it.hasNext()) {
            Address a = ((HeaderAddress) it.next()).getAddress();
            out.add(identity ? Identities.publicIdentity(a.getURI()) : a.toString());
        }
        return out;
    }

    private final class Listener implements SipListener {
        @Override
        public void processRequest(RequestEvent e) {
            Request request = e.getRequest();
            ServerTransaction st = SipReplies.serverTransaction(sip.provider(), e);
            if (st == null) {
                return;
            }
            if (Request.ACK.equals(request.getMethod())) {
                return;
            }
            switch (request.getMethod()) {
                case Request.NOTIFY -> {
                    if (!sessions.onRequest(st, request)) {
                        onNotify(st, request);
                    }
                }
                case Request.OPTIONS -> SipReplies.options(sip, st, request,
                        "INVITE, ACK, CANCEL, BYE, OPTIONS, NOTIFY, MESSAGE");
                default -> {
                    if (!sessions.onRequest(st, request)) {
                        SipReplies.send(sip, st, request, Response.NOT_IMPLEMENTED, null);
                    }
                }
            }
        }

        private void onNotify(ServerTransaction st, Request notify) {
            byte[] body = notify.getRawContent();
            try {
                var doc = ReginfoXml.decode(body == null ? "" : new String(body,
                        java.nio.charset.StandardCharsets.UTF_8));
                SipReplies.send(sip, st, notify, Response.OK, null);
                SubscriptionStateHeader state = (SubscriptionStateHeader) notify.getHeader(
                        SubscriptionStateHeader.NAME);
                notifications.add(new RegNotification(state == null ? null
                        : state.toString().replaceFirst("^[^:]*:\\s*", "").trim(), doc));
            } catch (ReginfoException ex) {
                SipReplies.send(sip, st, notify, Response.BAD_REQUEST, "Bad reginfo");
            }
        }

        @Override
        public void processResponse(ResponseEvent e) {
            exchanges.onResponse(e);
        }

        @Override
        public void processTimeout(TimeoutEvent e) {
            exchanges.onTimeout(e);
        }

        @Override
        public void processIOException(IOExceptionEvent e) {
            LOG.debug("I/O error towards {}:{}", e.getHost(), e.getPort());
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent e) {
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent e) {
        }
    }
}
