package org.imstb.icscf.cx;

import java.util.concurrent.CompletableFuture;

import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.HssRef;
import org.imstb.common.cx.LocationInfoAnswer;
import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.UserAuthorizationType;

/** LIR towards the HSS (TS 29.229 §6.1.5): the S-CSCF serving a terminating public identity. */
public final class LirClient {
    private final CxClient cx;
    private final HssRef hss;

    public LirClient(CxClient cx, HssRef hss) {
        this.cx = cx;
        this.hss = hss;
    }

    public CompletableFuture<LocationInfoAnswer> locate(String impu) {
        return cx.lir(new LocationInfoRequest(impu, false, UserAuthorizationType.REGISTRATION), hss.realm(),
                hss.host());
    }
}
