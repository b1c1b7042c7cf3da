package org.imstb.hss.model;

/** DefaultHandling of an application server (TS 29.228 Annex B): what the S-CSCF does if the AS fails. */
public enum DefaultHandling {
    /** 0: continue the session without the AS. */
    SESSION_CONTINUED,
    /** 1: terminate the session. */
    SESSION_TERMINATED;

    /** The value in the User-Data XML. */
    public int code() {
        return ordinal();
    }
}
