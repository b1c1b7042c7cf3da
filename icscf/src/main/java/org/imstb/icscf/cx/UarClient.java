package org.imstb.icscf.cx;

import java.util.concurrent.CompletableFuture;

import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.HssRef;
import org.imstb.common.cx.UserAuthorizationAnswer;
import org.imstb.common.cx.UserAuthorizationRequest;
import org.imstb.common.cx.UserAuthorizationType;

/** UAR towards the HSS (TS 29.229 §6.1.1): registration status and the S-CSCF to use. */
public final class UarClient {
    private final CxClient cx;
    private final HssRef hss;

    public UarClient(CxClient cx, HssRef hss) {
        this.cx = cx;
        this.hss = hss;
    }

    public CompletableFuture<UserAuthorizationAnswer> authorize(String impi, String impu, String visitedNetwork,
            UserAuthorizationType type) {
        return cx.uar(new UserAuthorizationRequest(impi, impu, visitedNetwork, type), hss.realm(), hss.host());
    }
}
