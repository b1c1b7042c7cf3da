package org.imstb.common.sh;

/** Data-Reference (TS 29.329 §6.3.4, TS 29.328 §7.6): which user data an Sh request is about; {@link #code()} is the
 * wire value. */
public enum DataReference {
    REPOSITORY_DATA(0, "RepositoryData"),
    IMS_PUBLIC_IDENTITY(10, "IMSPublicIdentity"),
    IMS_USER_STATE(11, "IMSUserState"),
    S_CSCF_NAME(12, "S-CSCFName"),
    INITIAL_FILTER_CRITERIA(13, "InitialFilterCriteria"),
    LOCATION_INFORMATION(14, "LocationInformation"),
    USER_STATE(15, "UserState"),
    CHARGING_INFORMATION(16, "ChargingInformation"),
    MSISDN(17, "MSISDN"),
    PSI_ACTIVATION(18, "PSIActivation"),
    DSAI(19, "DSAI"),
    SERVICE_LEVEL_TRACE_INFO(21, "ServiceLevelTraceInfo"),
    IP_ADDRESS_SECURE_BINDING_INFORMATION(22, "IPAddressSecureBindingInformation"),
    SERVICE_PRIORITY_LEVEL(23, "ServicePriorityLevel"),
    SMS_REGISTRATION_INFO(24, "SMSRegistrationInfo"),
    UE_REACHABILITY_FOR_IP(25, "UEReachabilityForIP"),
    TADS_INFORMATION(26, "TADSinformation"),
    STN_SR(27, "STN-SR"),
    UE_SRVCC_CAPABILITY(28, "UE-SRVCC-Capability"),
    EXTENDED_PRIORITY(29, "ExtendedPriority"),
    CSRN(30, "CSRN"),
    REFERENCE_LOCATION_INFORMATION(31, "ReferenceLocationInformation"),
    IMSI(32, "IMSI"),
    IMS_PRIVATE_USER_IDENTITY(33, "IMSPrivateUserIdentity"),
    IMEISV(34, "IMEISV"),
    UE_5G_SRVCC_CAPABILITY(35, "UE-5G-SRVCC-Capability");

    private final int code;
    private final String specName;

    DataReference(int code, String specName) {
        this.code = code;
        this.specName = specName;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    /** The name TS 29.329 gives the value, e.g. {@code S-CSCFName}. */
    public String specName() {
        return specName;
    }

    /** The value with wire value {@code code}, or null. */
    public static DataReference of(long code) {
        for (DataReference d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        return null;
    }
}
