package org.imstb.pcscf;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;
import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.privacy.PrivacyConfig;
import org.imstb.common.util.Hosts;

/**
 * The P-CSCF's configuration (one YAML file, node name as top-level key). Every key is documented in docs/pcscf.md.
 *
 * @param management       the management endpoint
 * @param trace            message tracing
 * @param sip              the SIP endpoint (Gm towards UEs, Mw towards the core)
 * @param icscf            the home I-CSCF that REGISTER goes to, a SIP URI (e.g. {@code sip:icscf.domain1.test:5060})
 * @param visitedNetworkId the P-Visited-Network-ID this P-CSCF inserts (TS 24.229 §5.2.2); default the I-CSCF's domain
 * @param regEvent         subscribe to each registered user's reg event (RFC 3680); default true
 * @param regEventExpires  the Expires of those subscriptions; default 600000 (TS 24.229 §5.2.3)
 * @param privacy          the trust domain for P-Asserted-Identity (RFC 3325); default only our own domain
 */
public record PcscfConfig(ManagementConfig management, TraceConfig trace, SipConfig sip, String icscf,
        String visitedNetworkId, Boolean regEvent, Integer regEventExpires, PrivacyConfig privacy)
        implements NodeConfig, Validatable {
    /** Trusting only our own domain. */
    public PcscfConfig(ManagementConfig management, TraceConfig trace, SipConfig sip, String icscf,
            String visitedNetworkId, Boolean regEvent, Integer regEventExpires) {
        this(management, trace, sip, icscf, visitedNetworkId, regEvent, regEventExpires, null);
    }

    public PcscfConfig {
        privacy = privacy == null ? PrivacyConfig.defaults() : privacy;
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? TraceConfig.defaults() : trace;
        sip = sip == null ? new SipConfig(null, null, null, null, null) : sip;
        regEvent = regEvent == null || regEvent;
        regEventExpires = regEventExpires == null ? 600000 : regEventExpires;
        if (visitedNetworkId == null && icscf != null) {
            visitedNetworkId = domainOf(icscf);
        }
    }

    /** The domain of a SIP URI's host (its host without the first label), or the address itself. */
    static String domainOf(String uri) {
        String rest = uri.replaceFirst("^sips?:", "").replaceFirst("^[^@]*@", "");
        if (rest.startsWith("[")) {
            return rest.substring(0, rest.indexOf(']') + 1);
        }
        String host = rest.replaceFirst("[:;].*$", "");
        if (Hosts.isIpLiteral(host)) {
            return host;
        }
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(dot + 1);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(icscf, "icscf");
        at.require(icscf.startsWith("sip:"), "icscf", "must be a SIP URI");
        at.nested(management, "management");
        at.nested(trace, "trace");
        at.nested(sip, "sip");
        at.require(regEventExpires >= 60, "regEventExpires", "must be at least 60");
        at.nested(privacy, "privacy");
    }
}
