package org.imstb.common.diameter.dict;

/** Command codes and their abbreviations (request form; answers add 'A'). */
public enum Command {
    CER(257, "Capabilities-Exchange"), DWR(280, "Device-Watchdog"), DPR(282, "Disconnect-Peer"),
    UAR(300, "User-Authorization"), SAR(301, "Server-Assignment"), LIR(302, "Location-Info"),
    MAR(303, "Multimedia-Auth"), RTR(304, "Registration-Termination"), PPR(305, "Push-Profile"),
    UDR(306, "User-Data"), PUR(307, "Profile-Update"), SNR(308, "Subscribe-Notifications"),
    PNR(309, "Push-Notification"),
    AAR(265, "AA"), STR(275, "Session-Termination"), RAR(258, "Re-Auth"), ASR(274, "Abort-Session"),
    ACR(271, "Accounting"), CCR(272, "Credit-Control");

    private final int code;
    private final String longName;

    Command(int code, String longName) {
        this.code = code;
        this.longName = longName;
    }

    public int code() {
        return code;
    }

    public String longName() {
        return longName;
    }

    /** Short name of a request or answer, e.g. UAR / UAA; {@code null} if unknown. */
    public static String shortName(int code, boolean request) {
        for (Command c : values()) {
            if (c.code == code) {
                String n = c.name();
                return request ? n : n.substring(0, n.length() - 1) + "A";
            }
        }
        return null;
    }

    public static Command byCode(int code) {
        for (Command c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
