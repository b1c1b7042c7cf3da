package org.imstb.hss.model;

import java.util.Objects;

/**
 * An application server that initial filter criteria route to. iFCs name it by its SIP URI
 * ({@code <ServerName>}); when an iFC's ApplicationServer element gives only the ServerName, the User-Data
 * completes DefaultHandling, ServiceInfo and the include-REGISTER flags from here.
 *
 * @param name                    unique short name, e.g. {@code as1}
 * @param serverName              SIP URI, unique, e.g. {@code sip:as.domain1.test}
 * @param defaultHandling         what the S-CSCF does when the AS does not answer
 * @param serviceInfo             ServiceInfo text passed to the AS, or null
 * @param includeRegisterRequest  send the REGISTER request in third-party registration bodies
 * @param includeRegisterResponse send the REGISTER response in third-party registration bodies
 */
public record ApplicationServer(String name, String serverName, DefaultHandling defaultHandling, String serviceInfo,
                                boolean includeRegisterRequest, boolean includeRegisterResponse) {

    public ApplicationServer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serverName, "serverName");
        defaultHandling = defaultHandling == null ? DefaultHandling.SESSION_CONTINUED : defaultHandling;
    }
}
