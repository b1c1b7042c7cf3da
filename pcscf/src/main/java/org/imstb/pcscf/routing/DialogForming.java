package org.imstb.pcscf.routing;

import javax.sip.message.Request;

/** Methods whose initial request creates a dialog (RFC 3261, 6665, 3515): the CSCFs Record-Route them. */
final class DialogForming {
    private DialogForming() {
    }

    static boolean is(Request r) {
        return switch (r.getMethod()) {
            case Request.INVITE, Request.SUBSCRIBE, Request.REFER, Request.NOTIFY -> true;
            default -> false;
        };
    }
}
