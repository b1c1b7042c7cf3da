package org.imstb.common.diameter.dict;

import org.jdiameter.api.ApplicationId;

/** The Diameter applications of the IMS reference points we implement. */
public enum Application {
    /** Cx/Dx, TS 29.229. */
    CX(16777216L, true),
    /** Sh, TS 29.329. */
    SH(16777217L, true),
    /** Gq, TS 29.209. */
    GQ(16777222L, true),
    /** Rf (accounting), TS 32.299. */
    RF(3L, false),
    /** Ro (credit control), TS 32.299. */
    RO(4L, true);

    private final long id;
    private final boolean auth;

    Application(long id, boolean auth) {
        this.id = id;
        this.auth = auth;
    }

    public long id() {
        return id;
    }

    /** The jDiameter application id (vendor-specific for the 3GPP ones). */
    public ApplicationId applicationId() {
        long vendor = id > 16_777_215L ? Vendors.TGPP : 0;
        return auth ? ApplicationId.createByAuthAppId(vendor, id) : ApplicationId.createByAccAppId(vendor, id);
    }

    /** The application with Diameter id {@code id}, or null. */
    public static Application byId(long id) {
        for (Application a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        return null;
    }
}
