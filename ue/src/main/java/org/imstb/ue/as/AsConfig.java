package org.imstb.ue.as;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.cx.HssRef;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;
import org.imstb.common.sip.SipConfig;

/**
 * The example AS's configuration (one YAML file, node name as top-level key). Every key is documented in
 * docs/application-servers.md.
 *
 * @param management the management endpoint
 * @param trace      message tracing
 * @param sip        the SIP endpoint (ISC towards the S-CSCF)
 * @param diameter   the Diameter stack of the Sh client towards the HSS; default none (no Sh: the services work
 *                   without it)
 * @param hss        where Sh requests go (Destination-Host and Destination-Realm), as for the CSCFs; default, with
 *                   {@code diameter}: the realm of {@code diameter}, routed by realm only; only with {@code diameter}
 * @param services   service name (the user part the S-CSCF puts in the AS's Route URI) to service; default one
 *                   service of each type, named after its type ({@link #defaultServices()})
 */
public record AsConfig(ManagementConfig management, TraceConfig trace, SipConfig sip, DiameterConfig diameter,
        HssRef hss, Map<String, ServiceConfig> services) implements NodeConfig, Validatable {
    /** A service name: a SIP URI user part that needs no escaping. */
    static final String SERVICE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    public AsConfig {
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? TraceConfig.defaults() : trace;
        sip = sip == null ? new SipConfig(null, null, null, null, null) : sip;
        services = services == null ? defaultServices() : Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** Where Sh requests go: {@code hss}, else the realm of {@code diameter}; null without {@code diameter}. */
    public HssRef shDestination() {
        if (diameter == null) {
            return null;
        }
        return hss != null ? hss : new HssRef(null, diameter.realm());
    }

    /** One service of each type, named after the type: proxy, voicemail, redirect, b2bua, thirdparty. */
    public static Map<String, ServiceConfig> defaultServices() {
        Map<String, ServiceConfig> s = new LinkedHashMap<>();
        s.put(ServiceConfig.PROXY, new ServiceConfig.Proxy(null, null));
        s.put(ServiceConfig.VOICEMAIL, new ServiceConfig.Voicemail(null, null, null));
        s.put(ServiceConfig.REDIRECT, new ServiceConfig.Redirect(null));
        s.put(ServiceConfig.B2BUA, new ServiceConfig.B2bua(null));
        s.put(ServiceConfig.THIRDPARTY, new ServiceConfig.ThirdParty(null, null));
        return Collections.unmodifiableMap(s);
    }

    @Override
    public void validate(FieldErrors at) {
        at.nested(management, "management");
        at.nested(trace, "trace");
        at.nested(sip, "sip");
        at.nested(diameter, "diameter");
        at.nested(hss, "hss");
        at.require(hss == null || diameter != null, "hss", "needs 'diameter' (the Sh client's stack) too");
        at.require(!services.isEmpty(), "services", "at least one service is needed (leave 'services' out for "
                + "one of each type)");
        FieldErrors s = at.at("services");
        services.forEach((name, service) -> {
            s.require(name.matches(SERVICE_NAME), name,
                    "a service name is a SIP user part: letters, digits, '.', '_' or '-'");
            s.require(service != null, name, "needs a type (proxy, voicemail, redirect, b2bua or thirdparty)");
            s.nested(service, name);
        });
    }
}
