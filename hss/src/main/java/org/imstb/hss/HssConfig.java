package org.imstb.hss;

import java.util.List;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.hss.store.SubscriberStore;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;

/**
 * The HSS node's configuration (one YAML file, the node name as top-level key). Every key is documented in
 * docs/hss.md.
 *
 * @param management the management endpoint
 * @param trace      message tracing
 * @param diameter   the Diameter stack (Cx server)
 * @param store      the subscriber database
 * @param provision  provisioning files imported at start (relative to the config file), each all-or-nothing
 * @param cx         Cx behaviour
 * @param sh         Sh behaviour (application servers); absent: no AS may use Sh
 */
public record HssConfig(ManagementConfig management, TraceConfig trace, DiameterConfig diameter, StoreConfig store,
        List<String> provision, CxConfig cx, ShConfig sh) implements NodeConfig, Validatable {
    public HssConfig {
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? TraceConfig.defaults() : trace;
        store = store == null ? new StoreConfig(null, null, null) : store;
        provision = provision == null ? List.of() : List.copyOf(provision);
        cx = cx == null ? new CxConfig(null, null, null) : cx;
        sh = sh == null ? new ShConfig(null, null) : sh;
    }

    @Override
    public void validate(FieldErrors at) {
        if (diameter == null) {
            at.fail("diameter", "is required");
        }
        at.nested(management, "management");
        at.nested(trace, "trace");
        at.nested(diameter, "diameter");
        at.nested(store, "store");
        at.nested(cx, "cx");
        at.nested(sh, "sh");
        at.requireAll(provision, "provision", p -> p != null && !p.isBlank(), "must be a file name");
    }

    /**
     * The subscriber store.
     *
     * @param jdbcUrl      JDBC URL; default an H2 file database {@code <run dir>/<node>-db/hss} in AUTO_SERVER mode so
     *                     that {@code imstb hss} can provision a running HSS
     * @param cacheEntries in-memory copies of request-path data (identities, implicit sets, User-Data, registration
     *                     state) kept per kind, 0 for none; default {@link SubscriberStore#defaultCacheEntries()}
     * @param preload      fill those copies from the database at start, before serving (default true)
     */
    public record StoreConfig(String jdbcUrl, Integer cacheEntries, Boolean preload) implements Validatable {
        public StoreConfig {
            cacheEntries = cacheEntries == null ? SubscriberStore.defaultCacheEntries() : cacheEntries;
            preload = preload == null || preload;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(cacheEntries >= 0, "cacheEntries", "must be 0 or more");
        }
    }

    /**
     * Cx behaviour.
     *
     * @param allowedVisitedNetworks Visited-Network-Identifiers allowed in UAR (roaming); empty allows all
     * @param maxAuthItems           cap on SIP-Number-Auth-Items per MAR; default 5
     * @param digestQop              Digest-QoP sent for SIP Digest; default {@code auth}
     */
    public record CxConfig(List<String> allowedVisitedNetworks, Integer maxAuthItems, String digestQop)
            implements Validatable {
        public CxConfig {
            allowedVisitedNetworks = allowedVisitedNetworks == null ? List.of() : List.copyOf(allowedVisitedNetworks);
            maxAuthItems = maxAuthItems == null ? 5 : maxAuthItems;
            digestQop = digestQop == null ? "auth" : digestQop;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(maxAuthItems >= 1 && maxAuthItems <= 16, "maxAuthItems", "must be 1..16");
            at.require(digestQop.equals("auth") || digestQop.equals("auth-int") || digestQop.equals("auth,auth-int"),
                    "digestQop", "must be auth, auth-int or 'auth,auth-int'");
        }
    }

    /**
     * Sh behaviour (TS 29.328): which application servers may use Sh, and limits. An AS must also be a Diameter peer
     * of the HSS ({@code diameter.peers} with {@code connect: false}, or {@code diameter.acceptUnknownPeers}) in a
     * realm the HSS knows, so that its connection is accepted and PNRs can reach it.
     *
     * <pre>{@code
     * sh:
     *   allowedPeers: [as.domain1.test]   # Origin-Host of the ASs that may send UDR, PUR and SNR
     *   maxServiceDataBytes: 65536        # largest ServiceData of one repository data item
     * }</pre>
     *
     * @param allowedPeers        Diameter identities (Origin-Host, compared ignoring case) of the application servers
     *                            allowed to read (UDR), update (PUR) and subscribe to (SNR) user data; default empty:
     *                            every Sh request is refused (UDR 5102, PUR 5103, SNR 5104)
     * @param maxServiceDataBytes the largest ServiceData (UTF-8 bytes) a PUR may store; larger: 5008
     *                            DIAMETER_ERROR_TOO_MUCH_DATA; default 65536
     */
    public record ShConfig(List<String> allowedPeers, Integer maxServiceDataBytes) implements Validatable {
        public ShConfig {
            allowedPeers = allowedPeers == null ? List.of() : List.copyOf(allowedPeers);
            maxServiceDataBytes = maxServiceDataBytes == null ? 65536 : maxServiceDataBytes;
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireAll(allowedPeers, "allowedPeers", p -> p != null && !p.isBlank() && !p.contains(":"),
                    "must be a Diameter identity (host name)");
            at.require(maxServiceDataBytes >= 1 && maxServiceDataBytes <= 16 * 1024 * 1024, "maxServiceDataBytes",
                    "must be 1..16777216");
        }

        /** Whether {@code originHost} may use Sh. */
        public boolean allows(String originHost) {
            return originHost != null && allowedPeers.stream().anyMatch(p -> p.equalsIgnoreCase(originHost));
        }
    }
}
