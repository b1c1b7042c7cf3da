package org.imstb.common.diameter.dict;

import java.util.HashMap;
import java.util.Map;

/**
 * Every AVP the testbed sends or reads, written down once: RFC 6733 (base), RFC 4740 (Digest-* AVPs used by Cx),
 * TS 29.229 (Cx/Dx) and TS 29.329 (Sh). Codes, vendor, type and M bit come from those documents.
 */
public final class Avps {
    private static final Map<Long, AvpDef> BY_KEY = new HashMap<>();
    /**
     * 3GPP AVPs whose M bit "must not" be set (TS 29.229 table 6.3.1, TS 29.329 table 6.3.1). DSAI-Tag (711) is not
     * one of them: TS 29.329 gives it M and V, like the other Sh AVPs up to 707; 708 to 710 and 712 on must not.
     */
    private static final java.util.Set<Integer> M_BIT_NOT_SET = java.util.Set.of(628, 629, 630, 632, 634, 636, 637,
            647, 650, 653, 708, 709, 710, 712, 713, 714, 715, 716);

    public static final AvpDef SESSION_ID = def("Session-Id", 263, 0, AvpType.UTF8_STRING);
    public static final AvpDef ORIGIN_HOST = def("Origin-Host", 264, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef ORIGIN_REALM = def("Origin-Realm", 296, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef DESTINATION_HOST = def("Destination-Host", 293, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef DESTINATION_REALM = def("Destination-Realm", 283, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef RESULT_CODE = def("Result-Code", 268, 0, AvpType.UNSIGNED32);
    public static final AvpDef EXPERIMENTAL_RESULT = def("Experimental-Result", 297, 0, AvpType.GROUPED);
    public static final AvpDef EXPERIMENTAL_RESULT_CODE = def("Experimental-Result-Code", 298, 0, AvpType.UNSIGNED32);
    public static final AvpDef VENDOR_ID = def("Vendor-Id", 266, 0, AvpType.UNSIGNED32);
    public static final AvpDef AUTH_APPLICATION_ID = def("Auth-Application-Id", 258, 0, AvpType.UNSIGNED32);
    public static final AvpDef ACCT_APPLICATION_ID = def("Acct-Application-Id", 259, 0, AvpType.UNSIGNED32);
    public static final AvpDef VENDOR_SPECIFIC_APPLICATION_ID = def("Vendor-Specific-Application-Id", 260, 0, AvpType.GROUPED);
    public static final AvpDef AUTH_SESSION_STATE = def("Auth-Session-State", 277, 0, AvpType.ENUMERATED);
    public static final AvpDef USER_NAME = def("User-Name", 1, 0, AvpType.UTF8_STRING);
    public static final AvpDef FAILED_AVP = def("Failed-AVP", 279, 0, AvpType.GROUPED);
    public static final AvpDef ERROR_MESSAGE = def("Error-Message", 281, 0, AvpType.UTF8_STRING);
    public static final AvpDef ERROR_REPORTING_HOST = def("Error-Reporting-Host", 294, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef ROUTE_RECORD = def("Route-Record", 282, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef PROXY_INFO = def("Proxy-Info", 284, 0, AvpType.GROUPED);
    public static final AvpDef PROXY_HOST = def("Proxy-Host", 280, 0, AvpType.DIAMETER_IDENTITY);
    public static final AvpDef PROXY_STATE = def("Proxy-State", 33, 0, AvpType.OCTET_STRING);
    public static final AvpDef HOST_IP_ADDRESS = def("Host-IP-Address", 257, 0, AvpType.ADDRESS);
    public static final AvpDef PRODUCT_NAME = def("Product-Name", 269, 0, AvpType.UTF8_STRING);
    public static final AvpDef ORIGIN_STATE_ID = def("Origin-State-Id", 278, 0, AvpType.UNSIGNED32);
    public static final AvpDef SUPPORTED_VENDOR_ID = def("Supported-Vendor-Id", 265, 0, AvpType.UNSIGNED32);
    public static final AvpDef FIRMWARE_REVISION = def("Firmware-Revision", 267, 0, AvpType.UNSIGNED32);
    public static final AvpDef DISCONNECT_CAUSE = def("Disconnect-Cause", 273, 0, AvpType.ENUMERATED);
    public static final AvpDef DIGEST_REALM = def("Digest-Realm", 104, 0, AvpType.UTF8_STRING);
    public static final AvpDef DIGEST_QOP = def("Digest-QoP", 110, 0, AvpType.UTF8_STRING);
    public static final AvpDef DIGEST_ALGORITHM = def("Digest-Algorithm", 111, 0, AvpType.UTF8_STRING);
    public static final AvpDef DIGEST_HA1 = def("Digest-HA1", 121, 0, AvpType.UTF8_STRING);

    // 3GPP TS 29.229 (Cx/Dx) and TS 29.329 (Sh), vendor 10415
    public static final AvpDef VISITED_NETWORK_IDENTIFIER = def("Visited-Network-Identifier", 600, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef PUBLIC_IDENTITY = def("Public-Identity", 601, Vendors.TGPP, AvpType.UTF8_STRING);
    public static final AvpDef SERVER_NAME = def("Server-Name", 602, Vendors.TGPP, AvpType.UTF8_STRING);
    public static final AvpDef SERVER_CAPABILITIES = def("Server-Capabilities", 603, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef MANDATORY_CAPABILITY = def("Mandatory-Capability", 604, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef OPTIONAL_CAPABILITY = def("Optional-Capability", 605, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef USER_DATA = def("User-Data", 606, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SIP_NUMBER_AUTH_ITEMS = def("SIP-Number-Auth-Items", 607, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef SIP_AUTHENTICATION_SCHEME = def("SIP-Authentication-Scheme", 608, Vendors.TGPP, AvpType.UTF8_STRING);
    public static final AvpDef SIP_AUTHENTICATE = def("SIP-Authenticate", 609, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SIP_AUTHORIZATION = def("SIP-Authorization", 610, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SIP_AUTHENTICATION_CONTEXT = def("SIP-Authentication-Context", 611, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SIP_AUTH_DATA_ITEM = def("SIP-Auth-Data-Item", 612, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef SIP_ITEM_NUMBER = def("SIP-Item-Number", 613, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef SERVER_ASSIGNMENT_TYPE = def("Server-Assignment-Type", 614, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef DEREGISTRATION_REASON = def("Deregistration-Reason", 615, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef REASON_CODE = def("Reason-Code", 616, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef REASON_INFO = def("Reason-Info", 617, Vendors.TGPP, AvpType.UTF8_STRING);
    public static final AvpDef CHARGING_INFORMATION = def("Charging-Information", 618, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef PRIMARY_EVENT_CHARGING_FUNCTION_NAME = def("Primary-Event-Charging-Function-Name", 619, Vendors.TGPP, AvpType.DIAMETER_URI);
    public static final AvpDef SECONDARY_EVENT_CHARGING_FUNCTION_NAME = def("Secondary-Event-Charging-Function-Name", 620, Vendors.TGPP, AvpType.DIAMETER_URI);
    public static final AvpDef PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME = def("Primary-Charging-Collection-Function-Name", 621, Vendors.TGPP, AvpType.DIAMETER_URI);
    public static final AvpDef SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME = def("Secondary-Charging-Collection-Function-Name", 622, Vendors.TGPP, AvpType.DIAMETER_URI);
    public static final AvpDef USER_AUTHORIZATION_TYPE = def("User-Authorization-Type", 623, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef USER_DATA_ALREADY_AVAILABLE = def("User-Data-Already-Available", 624, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef CONFIDENTIALITY_KEY = def("Confidentiality-Key", 625, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef INTEGRITY_KEY = def("Integrity-Key", 626, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SUPPORTED_FEATURES = def("Supported-Features", 628, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef FEATURE_LIST_ID = def("Feature-List-ID", 629, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef FEATURE_LIST = def("Feature-List", 630, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef ASSOCIATED_IDENTITIES = def("Associated-Identities", 632, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef ORIGINATING_REQUEST = def("Originating-Request", 633, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef WILDCARDED_PUBLIC_IDENTITY = def("Wildcarded-Public-Identity", 634, Vendors.TGPP, AvpType.UTF8_STRING);
    public static final AvpDef SIP_DIGEST_AUTHENTICATE = def("SIP-Digest-Authenticate", 635, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef UAR_FLAGS = def("UAR-Flags", 637, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef ASSOCIATED_REGISTERED_IDENTITIES = def("Associated-Registered-Identities", 647, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef LIA_FLAGS = def("LIA-Flags", 653, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef USER_IDENTITY = def("User-Identity", 700, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef MSISDN = def("MSISDN", 701, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SH_USER_DATA = def("User-Data", 702, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef DATA_REFERENCE = def("Data-Reference", 703, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef SERVICE_INDICATION = def("Service-Indication", 704, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef SUBS_REQ_TYPE = def("Subs-Req-Type", 705, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef REQUESTED_DOMAIN = def("Requested-Domain", 706, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef CURRENT_LOCATION = def("Current-Location", 707, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef IDENTITY_SET = def("Identity-Set", 708, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef EXPIRY_TIME = def("Expiry-Time", 709, Vendors.TGPP, AvpType.TIME);
    public static final AvpDef SEND_DATA_INDICATION = def("Send-Data-Indication", 710, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef DSAI_TAG = def("DSAI-Tag", 711, Vendors.TGPP, AvpType.OCTET_STRING);
    public static final AvpDef WILDCARDED_IMPU = def("Wildcarded-IMPU", 636, Vendors.TGPP, AvpType.UTF8_STRING);
    public static final AvpDef SESSION_PRIORITY = def("Session-Priority", 650, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef ONE_TIME_NOTIFICATION = def("One-Time-Notification", 712, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef REQUESTED_NODES = def("Requested-Nodes", 713, Vendors.TGPP, AvpType.UNSIGNED32);
    public static final AvpDef SERVING_NODE_INDICATION = def("Serving-Node-Indication", 714, Vendors.TGPP, AvpType.ENUMERATED);
    public static final AvpDef REPOSITORY_DATA_ID = def("Repository-Data-ID", 715, Vendors.TGPP, AvpType.GROUPED);
    public static final AvpDef SEQUENCE_NUMBER = def("Sequence-Number", 716, Vendors.TGPP, AvpType.UNSIGNED32);

    private Avps() {
    }

    private static AvpDef def(String name, int code, long vendor, AvpType type) {
        AvpDef d = new AvpDef(name, code, vendor, type, !(vendor == Vendors.TGPP && M_BIT_NOT_SET.contains(code)));
        BY_KEY.put(key(code, vendor), d);
        return d;
    }

    private static long key(int code, long vendor) {
        return (vendor << 32) | (code & 0xFFFFFFFFL);
    }

    /** The definition of AVP {@code code} of {@code vendor}, or null if we do not know it. */
    public static AvpDef byCode(int code, long vendor) {
        return BY_KEY.get(key(code, vendor));
    }
}
