package org.imstb.scscf.isc;

import java.util.List;

/**
 * What the evaluator looks at in a request; unit tests implement it without JAIN-SIP, the S-CSCF gets one from
 * {@link RequestViews#of}.
 */
public interface RequestView {

    /** The method token, e.g. {@code INVITE}. */
    String method();

    /** The Request-URI as text. */
    String requestUri();

    /**
     * Every value of the header {@code name} (compared case-insensitively), in order: the value of each header field
     * as text, without the name and colon. Splitting comma-separated values is not required; a view may give the raw
     * value of each header line. Empty, never null, when the header is absent.
     */
    List<String> headerValues(String name);

    /** The SDP body (application/sdp, or the application/sdp part of a multipart body), or null. */
    String sdp();

    /** For REGISTER only, the registration type; else null. */
    RegistrationType registrationType();
}
