package org.imstb.common.sh;

/** Subs-Req-Type (TS 29.329 §6.3.6); ordinal = wire value. */
public enum SubsReqType {
    SUBSCRIBE, UNSUBSCRIBE;

    /** The value with wire value {@code v}, or null. */
    public static SubsReqType of(long v) {
        return v >= 0 && v < values().length ? values()[(int) v] : null;
    }
}
