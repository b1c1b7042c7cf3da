package org.imstb.common.cx;

/**
 * MAR (TS 29.229 §6.1.7). {@code authorization} is RAND‖AUTS when the S-CSCF asks for resynchronisation.
 */
public record MultimediaAuthRequest(String userName, String publicIdentity, String serverName, int numberAuthItems,
        String scheme, byte[] authorization) implements Messages {
}
