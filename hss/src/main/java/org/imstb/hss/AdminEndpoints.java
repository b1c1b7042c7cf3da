package org.imstb.hss;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.imstb.common.node.ManagementServer;
import org.imstb.hss.cx.NetworkInitiated;

/**
 * Administrator actions on a running HSS through its management endpoint:
 * {@code POST /cx/rtr?impi=I[&reason=0..3][&info=TEXT]} sends RTR (network-initiated deregistration) and
 * {@code POST /cx/ppr?impi=I} sends PPR with the current profile. 200 with one line per S-CSCF, 404 when the IMPI
 * has no S-CSCF, 400 for a bad query, 405 for other methods.
 */
final class AdminEndpoints {
    private AdminEndpoints() {
    }

    static Map<String, HttpHandler> of(Supplier<NetworkInitiated> cx) {
        return Map.of("/cx/rtr", ex -> handle(ex, q -> {
            int reason = Integer.parseInt(q.getOrDefault("reason", "0"));
            if (reason < 0 || reason > 3) {
                throw new IllegalArgumentException("reason must be 0..3 (TS 29.229 Reason-Code)");
            }
            return cx.get().deregister(require(q, "impi"), reason, q.get("info")).get(10, TimeUnit.SECONDS);
        }), "/cx/ppr", ex -> handle(ex, q -> cx.get().pushProfile(require(q, "impi")).get(10, TimeUnit.SECONDS)));
    }

    private interface Action {
        List<String> run(Map<String, String> query) throws Exception;
    }

    private static void handle(HttpExchange ex, Action action) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ManagementServer.reply(ex, 405, "text/plain", "use POST\n");
            return;
        }
        try {
            List<String> lines = action.run(query(ex.getRequestURI().getRawQuery()));
            if (lines.isEmpty()) {
                ManagementServer.reply(ex, 404, "text/plain", "no S-CSCF serves this private identity\n");
            } else {
                ManagementServer.reply(ex, 200, "text/plain", String.join("\n", lines) + "\n");
            }
        } catch (IllegalArgumentException e) {
            ManagementServer.reply(ex, 400, "text/plain", e.getMessage() + "\n");
        } catch (Exception e) {
            ManagementServer.reply(ex, 504, "text/plain", "no answer from the S-CSCF: " + e + "\n");
        }
    }

    private static String require(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("query parameter '" + name + "' is required");
        }
        return v;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    m.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }
}
