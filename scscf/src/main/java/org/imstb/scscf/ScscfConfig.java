package org.imstb.scscf;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.cx.HssRef;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;
import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.privacy.PrivacyConfig;

/**
 * The S-CSCF's configuration (one YAML file, node name as top-level key). Every key is documented in docs/scscf.md.
 *
 * @param management the management endpoint
 * @param trace      message tracing
 * @param sip        the SIP endpoint (Mw)
 * @param diameter   the Diameter stack (Cx client towards the HSS; RTR/PPR server)
 * @param hss        where Cx requests go
 * @param serverName the S-CSCF name sent in MAR/SAR and known to the HSS; default {@code sip:<sip.host>:<sip.port>}
 * @param registrar  registration and authentication policy
 * @param privacy    the trust domain for P-Asserted-Identity (RFC 3325); default only our own domain
 * @param thig       topology hiding: the exit I-CSCF for other operators' domains; default none (direct by DNS)
 * @param isc        application server invocation (ISC): how long an AS may stay silent, how many AS per request
 */
public record ScscfConfig(ManagementConfig management, TraceConfig trace, SipConfig sip, DiameterConfig diameter,
        HssRef hss, String serverName, RegistrarConfig registrar, PrivacyConfig privacy, ThigConfig thig,
        IscConfig isc)
        implements NodeConfig, Validatable {
    public ScscfConfig {
        isc = isc == null ? new IscConfig(null, null, null) : isc;
        privacy = privacy == null ? PrivacyConfig.defaults() : privacy;
        thig = thig == null ? new ThigConfig(null) : thig;
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? TraceConfig.defaults() : trace;
        sip = sip == null ? new SipConfig(null, null, null, null, null) : sip;
        registrar = registrar == null ? new RegistrarConfig(null, null, null, null, null, null) : registrar;
        serverName = serverName == null ? sip.uri() : serverName;
    }

    @Override
    public void validate(FieldErrors at) {
        if (diameter == null) {
            at.fail("diameter", "is required");
        }
        if (hss == null) {
            at.fail("hss", "is required");
        }
        at.nested(management, "management");
        at.nested(trace, "trace");
        at.nested(sip, "sip");
        at.nested(diameter, "diameter");
        at.nested(hss, "hss");
        at.nested(registrar, "registrar");
        at.nested(privacy, "privacy");
        at.nested(thig, "thig");
        at.nested(isc, "isc");
        at.require(serverName.startsWith("sip:"), "serverName", "must be a SIP URI");
    }

    /**
     * Topology hiding (TS 24.229 §5.3.3, TS 23.228 §4.14) from the S-CSCF's side: requests to another operator's
     * domain leave through our I-CSCF, which hides our network.
     *
     * @param exit the I-CSCF's THIG URI, e.g. {@code sip:thig@icscf.domain1.test:5060}, put as a loose Route on
     *             originating requests whose Request-URI is not in our domain; none: such requests go straight to
     *             the other domain's I-CSCF found by DNS
     */
    public record ThigConfig(String exit) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            if (exit != null) {
                at.require(exit.startsWith("sip:"), "exit", "must be a SIP URI");
            }
        }
    }

    /**
     * Application server invocation over ISC (TS 24.229 §5.4.3.2/§5.4.3.3, §5.4.1.7).
     *
     * @param asTimeoutMs     how long an AS may send no response at all before its iFC's DefaultHandling applies
     *                        (SESSION_CONTINUED: next iFC; SESSION_TERMINATED: the request fails with 408);
     *                        default 2000
     * @param maxInvocations  AS invocations one request may go through; one more is a loop and gets 482; default 16
     * @param registerTimeoutMs how long a third-party REGISTER may wait for its answer; default 4000
     */
    public record IscConfig(Integer asTimeoutMs, Integer maxInvocations, Integer registerTimeoutMs)
            implements Validatable {
        public IscConfig {
            asTimeoutMs = asTimeoutMs == null ? 2000 : asTimeoutMs;
            maxInvocations = maxInvocations == null ? 16 : maxInvocations;
            registerTimeoutMs = registerTimeoutMs == null ? 4000 : registerTimeoutMs;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(asTimeoutMs >= 100 && asTimeoutMs <= 32000, "asTimeoutMs", "must be 100..32000");
            at.require(maxInvocations >= 1 && maxInvocations <= 64, "maxInvocations", "must be 1..64");
            at.require(registerTimeoutMs >= 100 && registerTimeoutMs <= 32000, "registerTimeoutMs",
                    "must be 100..32000");
        }
    }

    /**
     * Registrar and authentication policy (TS 24.229 §5.4.1).
     *
     * @param minExpires       shortest registration granted; shorter ones get 423 with Min-Expires; default 60
     * @param maxExpires       longest registration granted (longer are shortened); default 3600
     * @param defaultExpires   when the REGISTER names none; default 600
     * @param nonceSeconds     how long a challenge may be answered; default 60
     * @param maxAuthFailures  wrong answers in a row that get a new challenge before 403; default 1
     * @param notifyExpires    reg event subscription duration granted; default 3600
     */
    public record RegistrarConfig(Integer minExpires, Integer maxExpires, Integer defaultExpires, Integer nonceSeconds,
            Integer maxAuthFailures, Integer notifyExpires) implements Validatable {
        public RegistrarConfig {
            minExpires = minExpires == null ? 60 : minExpires;
            maxExpires = maxExpires == null ? 3600 : maxExpires;
            defaultExpires = defaultExpires == null ? 600 : defaultExpires;
            nonceSeconds = nonceSeconds == null ? 60 : nonceSeconds;
            maxAuthFailures = maxAuthFailures == null ? 1 : maxAuthFailures;
            notifyExpires = notifyExpires == null ? 3600 : notifyExpires;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(minExpires >= 1, "minExpires", "must be at least 1");
            at.require(maxExpires >= minExpires, "maxExpires", "must be at least minExpires");
            at.require(defaultExpires >= minExpires && defaultExpires <= maxExpires, "defaultExpires",
                    "must be between minExpires and maxExpires");
            at.require(nonceSeconds >= 1, "nonceSeconds", "must be at least 1");
            at.require(maxAuthFailures >= 0 && maxAuthFailures <= 10, "maxAuthFailures", "must be 0..10");
            at.require(notifyExpires >= 60, "notifyExpires", "must be at least 60");
        }
    }
}
