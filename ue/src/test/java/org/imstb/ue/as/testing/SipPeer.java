package org.imstb.ue.as.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
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
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.Tags;
import org.imstb.common.trace.MessageObserver;

/**
 * A plain JAIN-SIP endpoint on [::1] (a free port, UDP) for driving the AS in tests: builds and sends requests, waits
 * for their responses, and queues the requests it receives for the test to answer. No dialog support: tests say
 * exactly what goes on the wire.
 */
public final class SipPeer implements SipListener, AutoCloseable {
    /** A request received, with its server transaction (null for an ACK to a 2xx). */
    public record Incoming(Request request, ServerTransaction st) {
        public String callId() {
            return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        }
    }

    private final SipEndpoint sip;
    private final BlockingQueue<Incoming> requests = new LinkedBlockingQueue<>();
    private final Map<ClientTransaction, BlockingQueue<Response>> responses = new ConcurrentHashMap<>();
    private final BlockingQueue<Response> strays = new LinkedBlockingQueue<>();

    private SipPeer(SipEndpoint sip) {
        this.sip = sip;
    }

    public static SipPeer start(String name) throws Exception {
        SipPeer p = new SipPeer(new SipEndpoint(new SipConfig(null, "::1", 0, List.of("udp"), 4), name,
                MessageObserver.NONE, false));
        p.sip.start(p);
        return p;
    }

    public SipEndpoint sip() {
        return sip;
    }

    public int port() {
        return sip.port();
    }

    /** {@code sip:user@[::1]:port} of this peer. */
    public String uri(String user) {
        return "sip:" + (user == null ? "" : user + "@") + "[::1]:" + port();
    }

    /** A loose Route to this peer, e.g. {@code <sip:orig@[::1]:port;lr;odi=x>}. */
    public String route(String user, String params) {
        return "<" + uri(user) + ";lr" + (params == null ? "" : params) + ">";
    }

    /**
     * An initial request from {@code from} to {@code target} with the given Route entries, our Contact, a fresh Call-ID
     * and From tag.
     */
    public Request request(String method, String target, String from, String... routes) throws Exception {
        URI uri = sip.addresses().createURI(target);
        Address fromAddress = sip.addresses().createAddress(from);
        Request r = sip.newRequest(uri, method, sip.provider().getNewCallId(), 1, fromAddress, Tags.next(),
                sip.addresses().createAddress(target), "udp");
        for (String route : routes) {
            r.addHeader(sip.headers().createHeader("Route", route));
        }
        r.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(uri("peer"))));
        return r;
    }

    /** Sets a body. */
    public void body(Request r, String type, String subtype, String text) throws Exception {
        r.setContent(text, sip.headers().createContentTypeHeader(type, subtype));
    }

    /** Sends {@code r} on a new client transaction. */
    public Exchange send(Request r) throws Exception {
        ClientTransaction ct = sip.provider().getNewClientTransaction(r);
        BlockingQueue<Response> q = new LinkedBlockingQueue<>();
        responses.put(ct, q);
        ct.sendRequest();
        return new Exchange(ct, q);
    }

    /** CANCELs the INVITE of {@code invite} (after a provisional response, RFC 3261 §9.1). */
    public Exchange cancel(Exchange invite) throws Exception {
        ClientTransaction ct = sip.provider().getNewClientTransaction(invite.transaction().createCancel());
        BlockingQueue<Response> q = new LinkedBlockingQueue<>();
        responses.put(ct, q);
        ct.sendRequest();
        return new Exchange(ct, q);
    }

    /** Sends and waits for the final response. */
    public Response call(Request r) throws Exception {
        return send(r).awaitFinal(5000);
    }

    /** The responses of one sent request. */
    public static final class Exchange {
        private final ClientTransaction ct;
        private final BlockingQueue<Response> queue;
        private final List<Integer> provisional = Collections.synchronizedList(new ArrayList<>());

        Exchange(ClientTransaction ct, BlockingQueue<Response> queue) {
            this.ct = ct;
            this.queue = queue;
        }

        public ClientTransaction transaction() {
            return ct;
        }

        /** The next response, or null after {@code ms}. */
        public Response next(long ms) throws InterruptedException {
            Response r = queue.poll(ms, TimeUnit.MILLISECONDS);
            if (r != null && r.getStatusCode() < 200) {
                provisional.add(r.getStatusCode());
            }
            return r;
        }

        /** Waits for a provisional response {@code status} (others are noted); fails after {@code ms}. */
        public Response await(int status, long ms) throws InterruptedException {
            long deadline = System.currentTimeMillis() + ms;
            while (true) {
                Response r = next(Math.max(1, deadline - System.currentTimeMillis()));
                if (r == null || r.getStatusCode() >= 200) {
                    throw new AssertionError("no " + status + " in " + ms + " ms (got " + (r == null ? "nothing"
                            : r.getStatusCode()) + ")");
                }
                if (r.getStatusCode() == status) {
                    return r;
                }
            }
        }

        /** The final response (provisional ones are noted); fails after {@code ms}. */
        public Response awaitFinal(long ms) throws InterruptedException {
            long deadline = System.currentTimeMillis() + ms;
            while (true) {
                Response r = next(Math.max(1, deadline - System.currentTimeMillis()));
                if (r == null) {
                    throw new AssertionError("no final response to " + ct.getRequest().getMethod() + " in " + ms
                            + " ms (provisional: " + provisional + ")");
                }
                if (r.getStatusCode() >= 200) {
                    return r;
                }
            }
        }

        /** The provisional statuses seen so far. */
        public List<Integer> provisional() {
            return List.copyOf(provisional);
        }
    }

    /** The next request received with {@code method}; others before it are dropped. Fails after {@code ms}. */
    public Incoming await(String method, long ms) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ms;
        while (true) {
            Incoming in = requests.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (in == null) {
                throw new AssertionError("no " + method + " in " + ms + " ms");
            }
            if (in.request().getMethod().equals(method)) {
                return in;
            }
        }
    }

    /** The next request received, or null after {@code ms}. */
    public Incoming poll(long ms) throws InterruptedException {
        return requests.poll(ms, TimeUnit.MILLISECONDS);
    }

    /** Answers {@code in} with {@code status}, To tag {@code tag}, our Contact for 1xx/2xx, an optional body. */
    public Response reply(Incoming in, int status, String tag, String sdp) throws Exception {
        Response r = sip.messages().createResponse(status, in.request());
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        if (tag != null && to.getTag() == null) {
            to.setTag(tag);
        }
        if (status > 100 && status < 300) {
            r.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(uri("peer"))));
        }
        if (sdp != null) {
            r.setContent(sdp, sip.headers().createContentTypeHeader("application", "sdp"));
        }
        in.st().sendResponse(r);
        return r;
    }

    /** The ACK to a 2xx of our INVITE: to its Contact, along its Record-Route reversed (RFC 3261 §13.2.2.4). */
    public void ack(Request invite, Response ok) throws Exception {
        sip.provider().sendRequest(inDialog(invite, ok, Request.ACK,
                ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber()));
    }

    /** A request inside the dialog {@code ok} confirmed for our {@code invite}. */
    public Request inDialog(Request invite, Response ok, String method, long cseq) throws Exception {
        URI target = ((ContactHeader) ok.getHeader(ContactHeader.NAME)).getAddress().getURI();
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) ok.getHeader(ToHeader.NAME);
        Request r = sip.newRequest(target, method, (CallIdHeader) invite.getHeader(CallIdHeader.NAME), cseq,
                from.getAddress(), from.getTag(), to.getAddress(), "udp");
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(to.getTag());
        List<String> rr = new ArrayList<>();
        ListIterator<?> it = ok.getHeaders(RecordRouteHeader.NAME);
        while (it.hasNext()) {
            rr.add(((RecordRouteHeader) it.next()).getAddress().toString());
        }
        Collections.reverse(rr);
        for (String route : rr) {
            r.addHeader(sip.headers().createHeader("Route", route));
        }
        if (Request.ACK.equals(method)) {
            r.setHeader(sip.headers().createViaHeader("::1", port(), "udp", "z9hG4bK" + Tags.token(8)));
        }
        return r;
    }

    /**
     * A request of ours inside the dialog that {@code received} (an INVITE we answered with To tag {@code localTag})
     * created, as its UAS: to its Contact, along its Record-Route in order.
     */
    public Request uasRequest(Request received, String localTag, String method, long cseq) throws Exception {
        URI target = ((ContactHeader) received.getHeader(ContactHeader.NAME)).getAddress().getURI();
        FromHeader from = (FromHeader) received.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) received.getHeader(ToHeader.NAME);
        Request r = sip.newRequest(target, method, (CallIdHeader) received.getHeader(CallIdHeader.NAME), cseq,
                to.getAddress(), localTag, from.getAddress(), "udp");
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(from.getTag());
        ListIterator<?> it = received.getHeaders(RecordRouteHeader.NAME);
        while (it.hasNext()) {
            r.addHeader(sip.headers().createHeader("Route", ((RecordRouteHeader) it.next()).getAddress().toString()));
        }
        return r;
    }

    /** Responses that matched no transaction of ours (2xx retransmissions). */
    public Response stray(long ms) throws InterruptedException {
        return strays.poll(ms, TimeUnit.MILLISECONDS);
    }

    public static String text(javax.sip.message.Message m) {
        byte[] b = m.getRawContent();
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    public static String header(javax.sip.message.Message m, String name) {
        javax.sip.header.Header h = m.getHeader(name);
        if (h == null) {
            return null;
        }
        String s = h.toString().trim();
        return s.substring(s.indexOf(':') + 1).trim();
    }

    @Override
    public void processRequest(RequestEvent e) {
        Request r = e.getRequest();
        if (Request.ACK.equals(r.getMethod())) {
            requests.add(new Incoming(r, null));
            return;
        }
        try {
            ServerTransaction st = e.getServerTransaction() != null ? e.getServerTransaction()
                    : sip.provider().getNewServerTransaction(r);
            requests.add(new Incoming(r, st));
        } catch (Exception ex) {
            // a retransmission the stack already absorbs
        }
    }

    @Override
    public void processResponse(ResponseEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        BlockingQueue<Response> q = ct == null ? null : responses.get(ct);
        (q == null ? strays : q).add(e.getResponse());
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
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
