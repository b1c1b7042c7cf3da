package org.imstb.common.diameter.dict;

/** IANA enterprise numbers used in our applications. */
public final class Vendors {
    /** 3GPP. */
    public static final long TGPP = 10415L;
    /** ETSI (used by some e2 / TISPAN AVPs). */
    public static final long ETSI = 13019L;

    private Vendors() {
    }
}
