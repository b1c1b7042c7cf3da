package org.imstb.ue.as;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;

import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;

/**
 * One side of a dialog the AS is an endpoint of (RFC 3261 §12), kept by the AS itself: its SIP stack runs without
 * dialog support because the same stack also proxies. Holds what in-dialog requests are built from: Call-ID, local and
 * remote URI and tag, the remote target, the route set and the local CSeq. Plain state, no I/O.
 */
public final class DialogState {
    private final String callId;
    private final Address local;
    private final String localTag;
    private final Address remote;
    private final Address contact;
    private String remoteTag;
    private URI remoteTarget;
    private List<Address> routeSet;
    private long localSeq;

    private DialogState(String callId, Address local, String localTag, Address remote, String remoteTag,
            URI remoteTarget, List<Address> routeSet, long localSeq, Address contact) {
        this.callId = callId;
        this.local = local;
        this.localTag = localTag;
        this.remote = remote;
        this.remoteTag = remoteTag;
        this.remoteTarget = remoteTarget;
        this.routeSet = routeSet;
        this.localSeq = localSeq;
        this.contact = contact;
    }

    /**
     * The UAS side, from the request that creates the dialog (RFC 3261 §12.1.1): the route set is its Record-Route in
     * order, the remote target its Contact (else its From URI).
     *
     * @param localTag the To tag the AS answers with
     * @param contact  the AS's Contact in this dialog
     */
    public static DialogState asUas(Request request, String localTag, Address contact) {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        ContactHeader c = (ContactHeader) request.getHeader(ContactHeader.NAME);
        return new DialogState(callId(request), (Address) to.getAddress().clone(), localTag,
                (Address) from.getAddress().clone(), from.getTag(),
                c != null ? c.getAddress().getURI() : from.getAddress().getURI(), recordRoute(request, false), 0,
                contact);
    }

    /**
     * The UAC side of a request the AS sends (its From tag is ours); remote tag, target and route set come with
     * {@link #established}. Until then requests would follow the request's own Route set to its Request-URI.
     */
    public static DialogState asUac(Request request, Address contact) {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        List<Address> routes = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(RouteHeader.NAME);
        while (it.hasNext()) {
            routes.add((Address) ((RouteHeader) it.next()).getAddress().clone());
        }
        long seq = ((javax.sip.header.CSeqHeader) request.getHeader(javax.sip.header.CSeqHeader.NAME)).getSeqNumber();
        return new DialogState(callId(request), (Address) from.getAddress().clone(), from.getTag(),
                (Address) to.getAddress().clone(), null, request.getRequestURI(), routes, seq, contact);
    }

    /**
     * A response with a To tag to our request establishes (or, for a 2xx, confirms) the dialog (RFC 3261 §12.1.2):
     * remote tag, target (its Contact) and route set (its Record-Route, reversed).
     */
    public synchronized void established(Response response) {
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (to.getTag() == null) {
            return;
        }
        remoteTag = to.getTag();
        ContactHeader c = (ContactHeader) response.getHeader(ContactHeader.NAME);
        if (c != null) {
            remoteTarget = c.getAddress().getURI();
        }
        routeSet = recordRoute(response, true);
    }

    /** A target refresh (re-INVITE, UPDATE or their 2xx) with a Contact: the remote target moves there. */
    public synchronized void refreshTarget(Message m) {
        ContactHeader c = (ContactHeader) m.getHeader(ContactHeader.NAME);
        if (c != null) {
            remoteTarget = c.getAddress().getURI();
        }
    }

    /** A new in-dialog request (not ACK): next local CSeq, route set, remote target; our Via is set when sent. */
    public synchronized Request request(SipEndpoint sip, String method) throws Exception {
        localSeq++;
        return build(sip, method, localSeq);
    }

    /** The ACK to a 2xx of our INVITE with CSeq {@code seq} (RFC 3261 §13.2.2.4). */
    public synchronized Request ack(SipEndpoint sip, long seq) throws Exception {
        return build(sip, Request.ACK, seq);
    }

    private Request build(SipEndpoint sip, String method, long seq) throws Exception {
        Request r = sip.newRequest((URI) remoteTarget.clone(), method, sip.headers().createCallIdHeader(callId), seq,
                (Address) local.clone(), localTag, (Address) remote.clone(), "udp");
        if (remoteTag != null) {
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(remoteTag);
        }
        for (Address a : routeSet) {
            r.addHeader(sip.headers().createRouteHeader((Address) a.clone()));
        }
        if (contact != null && !Request.ACK.equals(method) && !Request.BYE.equals(method)
                && !Request.CANCEL.equals(method)) {
            r.addHeader(sip.headers().createContactHeader((Address) contact.clone()));
        }
        return r;
    }

    public String callId() {
        return callId;
    }

    public String localTag() {
        return localTag;
    }

    public synchronized String remoteTag() {
        return remoteTag;
    }

    public synchronized URI remoteTarget() {
        return remoteTarget;
    }

    public synchronized List<Address> routeSet() {
        return Collections.unmodifiableList(routeSet);
    }

    private static String callId(Message m) {
        return ((CallIdHeader) m.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static List<Address> recordRoute(Message m, boolean reverse) {
        List<Address> out = new ArrayList<>();
        ListIterator<?> it = m.getHeaders(RecordRouteHeader.NAME);
        while (it.hasNext()) {
            out.add((Address) ((RecordRouteHeader) it.next()).getAddress().clone());
        }
        if (reverse) {
            Collections.reverse(out);
        }
        return out;
    }
}
