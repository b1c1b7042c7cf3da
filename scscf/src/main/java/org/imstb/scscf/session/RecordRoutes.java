package org.imstb.scscf.session;

import javax.sip.message.Request;
import org.imstb.common.sip.SipEndpoint;

/** Our Record-Route entry on dialog-forming requests (RFC 3261 §16.6 step 4). */
final class RecordRoutes {
    private RecordRoutes() {
    }

    static boolean dialogForming(Request r) {
        String m = r.getMethod();
        return Request.INVITE.equals(m) || Request.SUBSCRIBE.equals(m) || Request.REFER.equals(m);
    }

    static void addOurs(SipEndpoint sip, Request out, String user) throws javax.sip.SipException {
        if (dialogForming(out)) {
            out.addFirst(sip.headers().createRecordRouteHeader(sip.addresses().createAddress(sip.uri(user, true))));
        }
    }
}
