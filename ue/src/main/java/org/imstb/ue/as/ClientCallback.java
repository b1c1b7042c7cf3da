package org.imstb.ue.as;

import javax.sip.message.Response;

/**
 * Where the responses to a request the AS sends itself (as UA or B2BUA) go: set as the application data of its client
 * transaction by {@link AsContext#send}.
 */
public interface ClientCallback {
    /** A provisional or final response. */
    void onResponse(Response response);

    /** No final response came: the transaction timed out (treat as 408). */
    void onTimeout();
}
