package org.imstb.icscf.thig;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Topology hiding at the I-CSCF (THIG, TS 23.228 §4.14, TS 24.229 §5.3.3): the message edits, no I/O. The I-CSCF has
 * two faces: inside its network it is {@code sip:thig@<host>:<port>;lr} (the exit: requests routed there leave the
 * network), outside it is {@code sip:<token>@<host>:<port>;lr}, where the token seals (see {@link TokenCipher}) the
 * network's Record-Route entries in the order a request coming in must visit them. What is hidden:
 * <ul>
 * <li>Via: a request leaving keeps no Via of the network (the I-CSCF adds its own); the transaction keeps the
 * original request, whose Vias are put back on the responses;</li>
 * <li>Record-Route: a dialog-forming request leaving has its network's entries replaced by the I-CSCF's token entry,
 * and a response leaving has the entries above the I-CSCF's inside entry replaced the same way; a response coming back
 * in gets its entries back (behind the inside entry), and an in-dialog request coming in to a token has its top
 * Route replaced by the sealed entries.</li>
 * </ul>
 * Path and Service-Route would be hidden the same way, but registration never crosses operators in this testbed.
 */
public final class Thig {
    /** The user part of the I-CSCF's inside URI. */
    public static final String EXIT_USER = "thig";

    private final TokenCipher cipher;
    private final Function<String, SipURI> ownUri;
    private final Predicate<URI> isOwn;
    private final HeaderFactory headers;
    private final AddressFactory addresses;

    /**
     * @param ownUri a URI of this node with the given user part and {@code lr}
     * @param isOwn  whether a URI names this node (host and port)
     */
    public Thig(TokenCipher cipher, Function<String, SipURI> ownUri, Predicate<URI> isOwn, HeaderFactory headers,
            AddressFactory addresses) {
        this.cipher = cipher;
        this.ownUri = ownUri;
        this.isOwn = isOwn;
        this.headers = headers;
        this.addresses = addresses;
    }

    /** Our inside URI: requests routed to it leave the network. */
    public boolean isExit(URI uri) {
        return isOwn.test(uri) && EXIT_USER.equals(((SipURI) uri).getUser());
    }

    /** One of our outside URIs, carrying a token. */
    public boolean isToken(URI uri) {
        return isOwn.test(uri) && ((SipURI) uri).getUser() != null && !isExit(uri);
    }

    /** The top Route's URI, or null. */
    public static URI topRoute(Request r) {
        RouteHeader top = (RouteHeader) r.getHeader(RouteHeader.NAME);
        return top == null ? null : top.getAddress().getURI();
    }

    /** The Route entries sealed in a token URI of ours, in visiting order; empty when the token is not ours. */
    public Optional<List<String>> routesOf(URI tokenUri) {
        return cipher.open(((SipURI) tokenUri).getUser());
    }

    /** A request coming in on a token: the sealed entries become its first Route entries. */
    public void enter(Request out, List<String> routes) throws ParseException, javax.sip.SipException {
        for (int i = routes.size() - 1; i >= 0; i--) {
            out.addFirst(headers.createHeader(RouteHeader.NAME, routes.get(i)));
        }
    }

    /** A request leaving: every Via goes (the caller adds ours). */
    public static void hideVias(Request out) {
        out.removeHeader(ViaHeader.NAME);
    }

    /** A response coming back to a request that left: the Vias of the request as it reached us. */
    public static void restoreVias(Response r, Request original) throws javax.sip.SipException {
        r.removeHeader(ViaHeader.NAME);
        ListIterator<?> it = original.getHeaders(ViaHeader.NAME);
        while (it.hasNext()) {
            r.addLast((Header) ((Header) it.next()).clone());
        }
    }

    /** Our inside entry on a dialog-forming request coming in from another network. */
    public void recordRouteInside(Request out) throws javax.sip.SipException {
        out.addFirst(headers.createRecordRouteHeader(addresses.createAddress(ownUri.apply(EXIT_USER))));
    }

    /** A dialog-forming request leaving: all its Record-Route entries (ours) become one token entry of ours. */
    public void hideRecordRoutes(Request out) throws javax.sip.SipException, ParseException {
        // top-first is the order in which a request coming back in visits them
        setRecordRoutes(out, List.of(tokenEntry(recordRoutes(out))));
    }

    /**
     * A response leaving, to a request that came in: the entries above our inside entry (our network's) and that
     * entry become one token entry. No-op when our inside entry is not there.
     */
    public void hideRecordRoutes(Response r) throws javax.sip.SipException, ParseException {
        List<String> entries = recordRoutes(r);
        int inside = indexOfInside(entries);
        if (inside < 0) {
            return;
        }
        List<String> ours = new ArrayList<>(entries.subList(0, inside));
        Collections.reverse(ours); // a request coming in visits the one next to us first
        List<String> out = new ArrayList<>();
        out.add(tokenEntry(ours));
        out.addAll(entries.subList(inside + 1, entries.size()));
        setRecordRoutes(r, out);
    }

    /** A response coming back in, to a request that left: our token entries are opened behind our inside entry. */
    public void revealRecordRoutes(Response r) throws javax.sip.SipException, ParseException {
        List<String> entries = recordRoutes(r);
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String e : entries) {
            URI uri = addresses.createAddress(e).getURI();
            Optional<List<String>> sealed = isToken(uri) ? routesOf(uri) : Optional.empty();
            if (sealed.isPresent()) {
                out.add("<" + ownUri.apply(EXIT_USER) + ">");
                out.addAll(sealed.get());
                changed = true;
            } else {
                out.add(e);
            }
        }
        if (changed) {
            setRecordRoutes(r, out);
        }
    }

    private int indexOfInside(List<String> entries) throws ParseException {
        for (int i = 0; i < entries.size(); i++) {
            if (isExit(addresses.createAddress(entries.get(i)).getURI())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code <sip:TOKEN@host:port;lr>}, the token sealing {@code entries}. */
    private String tokenEntry(List<String> entries) {
        return "<" + ownUri.apply(cipher.seal(entries)) + ">";
    }

    /** Each Record-Route entry as its header value, top first. */
    static List<String> recordRoutes(Message m) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = m.getHeaders(RecordRouteHeader.NAME);
        while (it.hasNext()) {
            out.add(((Header) it.next()).toString().replaceFirst("^[^:]*:", "").trim());
        }
        return out;
    }

    private void setRecordRoutes(Message m, List<String> entries) throws ParseException, javax.sip.SipException {
        m.removeHeader(RecordRouteHeader.NAME);
        for (String e : entries) {
            m.addLast(headers.createHeader(RecordRouteHeader.NAME, e));
        }
    }
}
