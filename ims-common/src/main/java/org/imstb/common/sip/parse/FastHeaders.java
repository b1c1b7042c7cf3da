package org.imstb.common.sip.parse;

import java.util.function.Supplier;

import gov.nist.core.HostPort;
import gov.nist.core.NameValue;
import gov.nist.javax.sip.header.AddressParametersHeader;
import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.Contact;
import gov.nist.javax.sip.header.ContactList;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.MaxForwards;
import gov.nist.javax.sip.header.Protocol;
import gov.nist.javax.sip.header.RecordRoute;
import gov.nist.javax.sip.header.RecordRouteList;
import gov.nist.javax.sip.header.Route;
import gov.nist.javax.sip.header.RouteList;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.SIPHeaderList;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.header.ViaList;
import gov.nist.javax.sip.header.ims.PAssertedIdentity;
import gov.nist.javax.sip.header.ims.PAssertedIdentityList;
import gov.nist.javax.sip.header.ims.PAssociatedURI;
import gov.nist.javax.sip.header.ims.PAssociatedURIList;
import gov.nist.javax.sip.header.ims.PCalledPartyID;
import gov.nist.javax.sip.header.ims.Path;
import gov.nist.javax.sip.header.ims.PathList;
import gov.nist.javax.sip.header.ims.ServiceRoute;
import gov.nist.javax.sip.header.ims.ServiceRouteList;
import gov.nist.javax.sip.message.SIPRequest;

/**
 * The headers every SIP message of this core carries, built straight from their text (Via, From, To, Call-ID, CSeq,
 * Max-Forwards, Content-Length, Route, Record-Route, Contact, Path, Service-Route, P-Asserted-Identity,
 * P-Called-Party-ID, P-Associated-URI) into the same JAIN-SIP objects its own parsers make.
 * Each method answers null for a form it does not take; the caller then lets JAIN-SIP parse the header.
 */
final class FastHeaders {
    private FastHeaders() {
    }

    /**
     * The header in {@code line}, whose name ends at {@code colon}; null when the name is not one of these or the
     * value is not in the plain form taken here.
     */
    static SIPHeader build(String line, int colon) {
        Cursor c = new Cursor(line, colon + 1);
        c.skipBlanks();
        try {
            return switch (colon) {
                case 2 -> is(line, "To") ? to(c) : null;
                case 3 -> is(line, "Via") ? via(c) : null;
                case 4 -> is(line, "From") ? from(c) : is(line, "CSeq") ? cseq(c)
                        : is(line, "Path") ? list(c, new PathList(), Path::new) : null;
                case 5 -> is(line, "Route") ? list(c, new RouteList(), Route::new) : null;
                case 7 -> is(line, "Call-ID") ? callId(c)
                        : is(line, "Contact") && c.peek() != '*' ? list(c, new ContactList(), Contact::new) : null;
                case 12 -> is(line, "Max-Forwards") ? maxForwards(c)
                        : is(line, "Record-Route") ? list(c, new RecordRouteList(), RecordRoute::new) : null;
                case 13 -> is(line, "Service-Route") ? list(c, new ServiceRouteList(), ServiceRoute::new) : null;
                case 14 -> is(line, "Content-Length") ? contentLength(c) : null;
                case 16 -> is(line, "P-Associated-URI")
                        ? list(c, new PAssociatedURIList(), PAssociatedURI::new) : null;
                case 17 -> is(line, "P-Called-Party-ID") ? calledPartyId(c) : null;
                case 19 -> is(line, "P-Asserted-Identity")
                        ? list(c, new PAssertedIdentityList(), PAssertedIdentity::new) : null;
                default -> null;
            };
        } catch (java.text.ParseException | javax.sip.InvalidArgumentException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean is(String line, String name) {
        return line.regionMatches(true, 0, name, 0, name.length());
    }

    private static SIPHeader via(Cursor c) throws java.text.ParseException {
        ViaList list = new ViaList();
        while (true) {
            Via via = new Via();
            String name = c.token();
            if (name == null || c.peek() != '/') {
                return null;
            }
            c.i++;
            String version = c.token();
            if (version == null || c.peek() != '/') {
                return null;
            }
            c.i++;
            String transport = c.token();
            if (transport == null || c.peek() != ' ') {
                return null;
            }
            c.skipBlanks();
            Protocol protocol = new Protocol();
            protocol.setProtocolName(name);
            protocol.setProtocolVersion(version);
            protocol.setTransport(transport);
            via.setSentProtocol(protocol);
            HostPort sentBy = c.hostPort();
            if (sentBy == null) {
                return null;
            }
            via.setSentBy(sentBy);
            while (c.peek() == ';') {
                c.i++;
                NameValue nv = viaParameter(c);
                if (nv == null) {
                    return null;
                }
                via.setParameter(nv);
            }
            list.add(via);
            if (c.atEnd()) {
                return list;
            }
            if (c.peek() != ',') {
                return null;
            }
            c.i++;
            c.skipBlanks();
            if (c.atEnd()) {
                return null;
            }
        }
    }

    /** As ViaParser.nameValue: the name lower-cased, {@code received} read up to ';' or ','. */
    private static NameValue viaParameter(Cursor c) {
        String name = c.token();
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase();
        if (c.peek() != '=') {
            return lower.equals(Via.BRANCH) ? null : new NameValue(lower, null);
        }
        c.i++;
        String value;
        if (name.equalsIgnoreCase(Via.RECEIVED)) {
            int start = c.i;
            while (!c.atEnd() && (Character.digit(c.peek(), 16) >= 0 || c.peek() == ':' || c.peek() == '.')) {
                c.i++;
            }
            value = c.i == start ? null : c.s.substring(start, c.i);
        } else {
            value = c.token();
        }
        if (value == null || !(c.atEnd() || c.peek() == ';' || c.peek() == ',')) {
            return null;
        }
        return new NameValue(lower, value);
    }

    private static SIPHeader to(Cursor c) {
        To to = new To();
        return c.nameAddr(to) && c.atEnd() ? to : null;
    }

    private static SIPHeader from(Cursor c) {
        From from = new From();
        return c.nameAddr(from) && c.atEnd() ? from : null;
    }

    private static SIPHeader calledPartyId(Cursor c) {
        PCalledPartyID id = new PCalledPartyID();
        return c.nameAddr(id) && c.atEnd() ? id : null;
    }

    private static <H extends AddressParametersHeader> SIPHeader list(Cursor c, SIPHeaderList<H> list,
            Supplier<H> element) {
        while (true) {
            H h = element.get();
            if (!c.nameAddr(h)) {
                return null;
            }
            list.add(h);
            if (c.atEnd()) {
                return list;
            }
            c.i++;
            c.skipBlanks();
            if (c.atEnd()) {
                return null;
            }
        }
    }

    private static SIPHeader callId(Cursor c) throws java.text.ParseException {
        String id = c.s.substring(c.i).trim();
        if (id.isEmpty()) {
            return null;
        }
        CallID callId = new CallID();
        callId.setCallId(id);
        return callId;
    }

    private static SIPHeader cseq(Cursor c) throws java.text.ParseException, javax.sip.InvalidArgumentException {
        int n = c.number();
        if (n < 0 || c.peek() != ' ') {
            return null;
        }
        c.skipBlanks();
        String method = c.token();
        if (method == null || !c.atEnd()) {
            return null;
        }
        CSeq cseq = new CSeq();
        cseq.setSeqNumber(n);
        cseq.setMethod(SIPRequest.getCannonicalName(method).intern());
        return cseq;
    }

    private static SIPHeader maxForwards(Cursor c) throws javax.sip.InvalidArgumentException {
        int n = wholeValueNumber(c);
        if (n < 0) {
            return null;
        }
        MaxForwards mf = new MaxForwards();
        mf.setMaxForwards(n);
        return mf;
    }

    private static SIPHeader contentLength(Cursor c) throws javax.sip.InvalidArgumentException {
        int n = wholeValueNumber(c);
        if (n < 0) {
            return null;
        }
        ContentLength cl = new ContentLength();
        cl.setContentLength(n);
        return cl;
    }

    /** The value as a number when it is nothing else; -1 otherwise. */
    private static int wholeValueNumber(Cursor c) {
        int n = c.number();
        return c.atEnd() ? n : -1;
    }
}
