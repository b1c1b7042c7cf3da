package org.imstb.common.diameter.dict;

/**
 * The definition of one AVP: name, code, vendor (0 for IETF AVPs), data type and whether the M bit is set when
 * we send it. The only place AVP codes are written down is {@link Avps}.
 */
public record AvpDef(String name, int code, long vendorId, AvpType type, boolean mandatory) {
    /** True if the V bit is set (the AVP carries a Vendor-Id). */
    public boolean vendorSpecific() {
        return vendorId != 0;
    }

    @Override
    public String toString() {
        return name + "(" + code + (vendorId == 0 ? "" : "/" + vendorId) + ")";
    }
}
