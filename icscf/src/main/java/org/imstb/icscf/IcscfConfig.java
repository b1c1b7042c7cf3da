package org.imstb.icscf;

import java.util.List;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.cx.HssRef;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;
import org.imstb.common.sip.SipConfig;

/**
 * The I-CSCF's configuration (one YAML file, node name as top-level key). Every key is documented in docs/icscf.md.
 *
 * @param management the management endpoint
 * @param trace      message tracing
 * @param sip        the SIP endpoint (Mw)
 * @param diameter   the Diameter stack (Cx client)
 * @param hss        where UAR and LIR go
 * @param scscfs     the S-CSCFs this I-CSCF may select by capabilities (TS 29.228 Annex A)
 */
public record IcscfConfig(ManagementConfig management, TraceConfig trace, SipConfig sip, DiameterConfig diameter,
        HssRef hss, List<ScscfEntry> scscfs) implements NodeConfig, Validatable {
    public IcscfConfig {
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? TraceConfig.defaults() : trace;
        sip = sip == null ? new SipConfig(null, null, null, null, null) : sip;
        scscfs = scscfs == null ? List.of() : List.copyOf(scscfs);
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
        at.nested(scscfs, "scscfs");
    }

    /**
     * An S-CSCF known to the I-CSCF.
     *
     * @param name         its SIP URI, as the HSS knows it (e.g. {@code sip:scscf.domain1.test:6060})
     * @param capabilities the capability numbers it has
     */
    public record ScscfEntry(String name, List<Long> capabilities) implements Validatable {
        public ScscfEntry {
            capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireText(name, "name");
            at.require(name.startsWith("sip:"), "name", "must be a SIP URI");
        }
    }
}
