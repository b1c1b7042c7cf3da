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
import org.imstb.common.sip.privacy.PrivacyConfig;

/**
 * The I-CSCF's configuration (one YAML file, node name as top-level key). Every key is documented in docs/icscf.md.
 *
 * @param management the management endpoint
 * @param trace      message tracing
 * @param sip        the SIP endpoint (Mw)
 * @param diameter   the Diameter stack (Cx client)
 * @param hss        where UAR and LIR go
 * @param scscfs     the S-CSCFs this I-CSCF may select by capabilities (TS 29.228 Annex A)
 * @param privacy    the trust domain for P-Asserted-Identity (RFC 3325); default only our own domain
 * @param thig       topology hiding towards other operators; default off
 */
public record IcscfConfig(ManagementConfig management, TraceConfig trace, SipConfig sip, DiameterConfig diameter,
        HssRef hss, List<ScscfEntry> scscfs, PrivacyConfig privacy, ThigConfig thig)
        implements NodeConfig, Validatable {
    public IcscfConfig {
        privacy = privacy == null ? PrivacyConfig.defaults() : privacy;
        thig = thig == null ? new ThigConfig(null, null) : thig;
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
        at.nested(privacy, "privacy");
        at.nested(thig, "thig");
    }

    /**
     * Topology hiding (THIG, TS 24.229 §5.3.3): this I-CSCF is its network's border towards other operators.
     *
     * @param enabled hide our Via and Record-Route entries from other networks; default false
     * @param key     the AES key sealing the hidden entries, base64 of 16, 24 or 32 bytes; default a random key per
     *                start (dialogs then do not survive a restart)
     */
    public record ThigConfig(Boolean enabled, String key) implements Validatable {
        public ThigConfig {
            enabled = enabled != null && enabled;
        }

        /** The key's bytes, or null when none is configured. */
        public byte[] keyBytes() {
            return key == null ? null : java.util.Base64.getDecoder().decode(key.trim());
        }

        @Override
        public void validate(FieldErrors at) {
            if (key != null) {
                byte[] k;
                try {
                    k = keyBytes();
                } catch (IllegalArgumentException e) {
                    at.fail("key", "must be base64");
                    return;
                }
                at.require(k.length == 16 || k.length == 24 || k.length == 32, "key",
                        "must be 16, 24 or 32 bytes (base64)");
            }
        }
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
