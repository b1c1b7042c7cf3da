package org.imstb.common.diameter.dict;

/**
 * The outcome of a Diameter answer: a base {@code Result-Code} (vendor 0) or an {@code Experimental-Result} with
 * its Vendor-Id (3GPP: 10415). Constants follow RFC 6733 §7.1, TS 29.229 §6.2 and TS 29.329 §6.2.
 */
public record DiameterResult(long code, long vendorId, String name) {
    // RFC 6733 Result-Code values
    public static final DiameterResult SUCCESS = base(2001, "DIAMETER_SUCCESS");
    public static final DiameterResult LIMITED_SUCCESS = base(2002, "DIAMETER_LIMITED_SUCCESS");
    public static final DiameterResult COMMAND_UNSUPPORTED = base(3001, "DIAMETER_COMMAND_UNSUPPORTED");
    public static final DiameterResult UNABLE_TO_DELIVER = base(3002, "DIAMETER_UNABLE_TO_DELIVER");
    public static final DiameterResult REALM_NOT_SERVED = base(3003, "DIAMETER_REALM_NOT_SERVED");
    public static final DiameterResult TOO_BUSY = base(3004, "DIAMETER_TOO_BUSY");
    public static final DiameterResult APPLICATION_UNSUPPORTED = base(3007, "DIAMETER_APPLICATION_UNSUPPORTED");
    public static final DiameterResult UNKNOWN_PEER = base(3010, "DIAMETER_UNKNOWN_PEER");
    public static final DiameterResult AUTHENTICATION_REJECTED = base(4001, "DIAMETER_AUTHENTICATION_REJECTED");
    public static final DiameterResult AVP_UNSUPPORTED = base(5001, "DIAMETER_AVP_UNSUPPORTED");
    public static final DiameterResult INVALID_AVP_VALUE = base(5004, "DIAMETER_INVALID_AVP_VALUE");
    public static final DiameterResult MISSING_AVP = base(5005, "DIAMETER_MISSING_AVP");
    public static final DiameterResult AUTHORIZATION_REJECTED = base(5003, "DIAMETER_AUTHORIZATION_REJECTED");
    public static final DiameterResult NO_COMMON_APPLICATION = base(5010, "DIAMETER_NO_COMMON_APPLICATION");
    public static final DiameterResult UNABLE_TO_COMPLY = base(5012, "DIAMETER_UNABLE_TO_COMPLY");
    public static final DiameterResult INVALID_AVP_LENGTH = base(5014, "DIAMETER_INVALID_AVP_LENGTH");
    public static final DiameterResult INVALID_MESSAGE_LENGTH = base(5015, "DIAMETER_INVALID_MESSAGE_LENGTH");

    // TS 29.229 §6.2 Experimental-Result-Code values (vendor 3GPP)
    public static final DiameterResult FIRST_REGISTRATION = tgpp(2001, "DIAMETER_FIRST_REGISTRATION");
    public static final DiameterResult SUBSEQUENT_REGISTRATION = tgpp(2002, "DIAMETER_SUBSEQUENT_REGISTRATION");
    public static final DiameterResult UNREGISTERED_SERVICE = tgpp(2003, "DIAMETER_UNREGISTERED_SERVICE");
    public static final DiameterResult SUCCESS_SERVER_NAME_NOT_STORED =
            tgpp(2004, "DIAMETER_SUCCESS_SERVER_NAME_NOT_STORED");
    public static final DiameterResult SERVER_SELECTION = tgpp(2005, "DIAMETER_SERVER_SELECTION");
    public static final DiameterResult ERROR_USER_UNKNOWN = tgpp(5001, "DIAMETER_ERROR_USER_UNKNOWN");
    public static final DiameterResult ERROR_IDENTITIES_DONT_MATCH = tgpp(5002, "DIAMETER_ERROR_IDENTITIES_DONT_MATCH");
    public static final DiameterResult ERROR_IDENTITY_NOT_REGISTERED =
            tgpp(5003, "DIAMETER_ERROR_IDENTITY_NOT_REGISTERED");
    public static final DiameterResult ERROR_ROAMING_NOT_ALLOWED = tgpp(5004, "DIAMETER_ERROR_ROAMING_NOT_ALLOWED");
    public static final DiameterResult ERROR_IDENTITY_ALREADY_REGISTERED =
            tgpp(5005, "DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED");
    public static final DiameterResult ERROR_AUTH_SCHEME_NOT_SUPPORTED =
            tgpp(5006, "DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED");
    public static final DiameterResult ERROR_IN_ASSIGNMENT_TYPE = tgpp(5007, "DIAMETER_ERROR_IN_ASSIGNMENT_TYPE");
    public static final DiameterResult ERROR_TOO_MUCH_DATA = tgpp(5008, "DIAMETER_ERROR_TOO_MUCH_DATA");
    public static final DiameterResult ERROR_NOT_SUPPORTED_USER_DATA =
            tgpp(5009, "DIAMETER_ERROR_NOT_SUPPORTED_USER_DATA");
    public static final DiameterResult ERROR_FEATURE_UNSUPPORTED = tgpp(5011, "DIAMETER_ERROR_FEATURE_UNSUPPORTED");

    // TS 29.329 §6.2 Experimental-Result-Code values of Sh (vendor 3GPP); Sh also uses 5001, 5002, 5008, 5011 above
    public static final DiameterResult USER_DATA_NOT_AVAILABLE = tgpp(4100, "DIAMETER_USER_DATA_NOT_AVAILABLE");
    public static final DiameterResult PRIOR_UPDATE_IN_PROGRESS = tgpp(4101, "DIAMETER_PRIOR_UPDATE_IN_PROGRESS");
    public static final DiameterResult ERROR_USER_DATA_NOT_RECOGNIZED =
            tgpp(5100, "DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED");
    public static final DiameterResult ERROR_OPERATION_NOT_ALLOWED = tgpp(5101, "DIAMETER_ERROR_OPERATION_NOT_ALLOWED");
    public static final DiameterResult ERROR_USER_DATA_CANNOT_BE_READ =
            tgpp(5102, "DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ");
    public static final DiameterResult ERROR_USER_DATA_CANNOT_BE_MODIFIED =
            tgpp(5103, "DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED");
    public static final DiameterResult ERROR_USER_DATA_CANNOT_BE_NOTIFIED =
            tgpp(5104, "DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED");
    public static final DiameterResult ERROR_TRANSPARENT_DATA_OUT_OF_SYNC =
            tgpp(5105, "DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC");
    public static final DiameterResult ERROR_SUBS_DATA_ABSENT = tgpp(5106, "DIAMETER_ERROR_SUBS_DATA_ABSENT");
    public static final DiameterResult ERROR_NO_SUBSCRIPTION_TO_DATA =
            tgpp(5107, "DIAMETER_ERROR_NO_SUBSCRIPTION_TO_DATA");
    public static final DiameterResult ERROR_DSAI_NOT_AVAILABLE = tgpp(5108, "DIAMETER_ERROR_DSAI_NOT_AVAILABLE");

    private static final DiameterResult[] KNOWN = {SUCCESS, LIMITED_SUCCESS, COMMAND_UNSUPPORTED, UNABLE_TO_DELIVER,
        REALM_NOT_SERVED, TOO_BUSY, APPLICATION_UNSUPPORTED, UNKNOWN_PEER, AUTHENTICATION_REJECTED, AVP_UNSUPPORTED,
        INVALID_AVP_VALUE, MISSING_AVP, AUTHORIZATION_REJECTED, NO_COMMON_APPLICATION, UNABLE_TO_COMPLY,
        INVALID_AVP_LENGTH, INVALID_MESSAGE_LENGTH, FIRST_REGISTRATION, SUBSEQUENT_REGISTRATION,
        UNREGISTERED_SERVICE, SUCCESS_SERVER_NAME_NOT_STORED, SERVER_SELECTION, ERROR_USER_UNKNOWN,
        ERROR_IDENTITIES_DONT_MATCH, ERROR_IDENTITY_NOT_REGISTERED, ERROR_ROAMING_NOT_ALLOWED,
        ERROR_IDENTITY_ALREADY_REGISTERED, ERROR_AUTH_SCHEME_NOT_SUPPORTED, ERROR_IN_ASSIGNMENT_TYPE,
        ERROR_TOO_MUCH_DATA, ERROR_NOT_SUPPORTED_USER_DATA, ERROR_FEATURE_UNSUPPORTED, USER_DATA_NOT_AVAILABLE,
        PRIOR_UPDATE_IN_PROGRESS, ERROR_USER_DATA_NOT_RECOGNIZED, ERROR_OPERATION_NOT_ALLOWED,
        ERROR_USER_DATA_CANNOT_BE_READ, ERROR_USER_DATA_CANNOT_BE_MODIFIED, ERROR_USER_DATA_CANNOT_BE_NOTIFIED,
        ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, ERROR_SUBS_DATA_ABSENT, ERROR_NO_SUBSCRIPTION_TO_DATA,
        ERROR_DSAI_NOT_AVAILABLE};

    private static DiameterResult base(long code, String name) {
        return new DiameterResult(code, 0, name);
    }

    private static DiameterResult tgpp(long code, String name) {
        return new DiameterResult(code, Vendors.TGPP, name);
    }

    /** A result as read off an answer; names the known ones. */
    public static DiameterResult of(long code, long vendorId) {
        for (DiameterResult r : KNOWN) {
            if (r.code == code && r.vendorId == vendorId) {
                return r;
            }
        }
        return new DiameterResult(code, vendorId, vendorId == 0 ? "Result-Code " + code
                : "Experimental-Result-Code " + code + " (vendor " + vendorId + ")");
    }

    /** True for an Experimental-Result. */
    public boolean experimental() {
        return vendorId != 0;
    }

    /** 2xxx: success. */
    public boolean isSuccess() {
        return code >= 2000 && code < 3000;
    }

    /** Same code and vendor (names are not compared). */
    public boolean is(DiameterResult other) {
        return other != null && code == other.code && vendorId == other.vendorId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiameterResult r && is(r);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(code) * 31 + Long.hashCode(vendorId);
    }

    @Override
    public String toString() {
        return name + (experimental() ? " [" + code + "/3GPP]" : " [" + code + "]");
    }
}
