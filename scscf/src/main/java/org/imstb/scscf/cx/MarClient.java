package org.imstb.scscf.cx;

import java.util.concurrent.CompletableFuture;

import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.MultimediaAuthAnswer;
import org.imstb.common.cx.MultimediaAuthRequest;
import org.imstb.scscf.ScscfConfig;

/** MAR towards the HSS (TS 29.229 §6.1.7): authentication vectors, and resynchronisation with RAND‖AUTS. */
public final class MarClient {
    private final CxClient cx;
    private final ScscfConfig config;

    public MarClient(CxClient cx, ScscfConfig config) {
        this.cx = cx;
        this.config = config;
    }

    /**
     * Asks for one vector.
     *
     * @param scheme        SIP-Authentication-Scheme, or "Unknown" to let the HSS choose
     * @param authorization RAND‖AUTS for resynchronisation, or null
     */
    public CompletableFuture<MultimediaAuthAnswer> vectors(String impi, String impu, String scheme,
            byte[] authorization) {
        return cx.mar(new MultimediaAuthRequest(impi, impu, config.serverName(), 1, scheme, authorization),
                config.hss().realm(), config.hss().host());
    }
}
