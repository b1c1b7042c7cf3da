package org.imstb.common.diameter.dict;

/** Diameter AVP data formats (RFC 6733 §4.2, §4.3). */
public enum AvpType {
    OCTET_STRING, UTF8_STRING, DIAMETER_IDENTITY, DIAMETER_URI, INTEGER32, INTEGER64, UNSIGNED32, UNSIGNED64,
    ENUMERATED, ADDRESS, TIME, GROUPED
}
