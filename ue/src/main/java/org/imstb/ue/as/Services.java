package org.imstb.ue.as;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.imstb.ue.as.b2bua.B2buaService;
import org.imstb.ue.as.proxy.ProxyService;
import org.imstb.ue.as.redirect.RedirectService;
import org.imstb.ue.as.thirdparty.ThirdPartyService;
import org.imstb.ue.as.voicemail.VoicemailService;

/** Builds the configured services, by name. */
final class Services {
    private Services() {
    }

    static Map<String, Service> create(Map<String, ServiceConfig> configs, AsContext ctx) {
        Map<String, Service> out = new LinkedHashMap<>();
        configs.forEach((name, c) -> out.put(name, create(name, c, ctx)));
        return Collections.unmodifiableMap(out);
    }

    private static Service create(String name, ServiceConfig c, AsContext ctx) {
        if (c instanceof ServiceConfig.Proxy p) {
            return new ProxyService(name, p, ctx);
        }
        if (c instanceof ServiceConfig.Voicemail v) {
            return new VoicemailService(name, v, ctx);
        }
        if (c instanceof ServiceConfig.Redirect r) {
            return new RedirectService(name, r, ctx);
        }
        if (c instanceof ServiceConfig.B2bua b) {
            return new B2buaService(name, b, ctx);
        }
        if (c instanceof ServiceConfig.ThirdParty t) {
            return new ThirdPartyService(name, t, ctx);
        }
        throw new IllegalArgumentException("unknown service type " + c.getClass().getSimpleName());
    }

    /** The type name of a service's configuration ({@code proxy}, ...): its record's name in lower case. */
    static String type(ServiceConfig c) {
        return c.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
