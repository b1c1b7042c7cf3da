package org.imstb.scscf.cx;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.ServerAssignmentAnswer;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.scscf.ScscfConfig;

/** SAR towards the HSS (TS 29.229 §6.1.3): assignment on registration, release on deregistration. */
public final class SarClient {
    private final CxClient cx;
    private final ScscfConfig config;

    public SarClient(CxClient cx, ScscfConfig config) {
        this.cx = cx;
        this.config = config;
    }

    public CompletableFuture<ServerAssignmentAnswer> assign(String impi, List<String> impus, ServerAssignmentType type,
            boolean userDataAvailable) {
        return cx.sar(new ServerAssignmentRequest(impi, impus, config.serverName(), type, userDataAvailable),
                config.hss().realm(), config.hss().host());
    }
}
