package org.imstb.scscf.isc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link RequestView} for tests: headers by lower-cased name. */
record Req(String method, String requestUri, Map<String, List<String>> headers, String sdp,
        RegistrationType registrationType) implements RequestView {

    static Req of(String method, String uri) {
        return new Req(method, uri, Map.of(), null, null);
    }

    Req header(String name, String value) {
        Map<String, List<String>> h = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(h.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
        values.add(value);
        h.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
        return new Req(method, requestUri, Map.copyOf(h), sdp, registrationType);
    }

    Req withSdp(String body) {
        return new Req(method, requestUri, headers, body, registrationType);
    }

    Req registration(RegistrationType type) {
        return new Req(method, requestUri, headers, sdp, type);
    }

    @Override
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public String toString() {
        return method + " " + requestUri + " " + headers.keySet() + (sdp == null ? "" : " +sdp")
                + (registrationType == null ? "" : " " + registrationType);
    }
}
