package org.imstb.ue;

import org.imstb.common.sip.SipConfig;

/**
 * A UE: who it is and where its P-CSCF is.
 *
 * @param impu      its public identity, e.g. {@code sip:alice@domain1.test}
 * @param impi      its private identity, e.g. {@code alice@domain1.test}
 * @param pcscf     its P-CSCF, a SIP URI (e.g. {@code sip:pcscf.domain1.test:5060}); add {@code ;transport=tcp} for TCP;
 *                  null to discover it by DHCPv6 ({@link Ue#start(UeConfig, Credentials,
 *                  org.imstb.common.trace.MessageObserver, String, java.time.Duration)}, {@link Discovery})
 * @param sip       its own SIP endpoint (address, port; port 0 picks a free one)
 * @param timeoutMs how long to wait for a final response; default 10000
 */
public record UeConfig(String impu, String impi, String pcscf, SipConfig sip, Integer timeoutMs) {
    public UeConfig {
        sip = sip == null ? new SipConfig(null, null, 0, null, null) : sip;
        timeoutMs = timeoutMs == null ? 10000 : timeoutMs;
        if (impi == null && impu != null) {
            impi = impu.replaceFirst("^sips?:", "");
        }
    }

    /** The home domain: the host part of the public identity. */
    public String domain() {
        String s = impu.replaceFirst("^sips?:", "");
        return s.substring(s.indexOf('@') + 1);
    }
}
