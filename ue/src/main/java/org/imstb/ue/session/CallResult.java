package org.imstb.ue.session;

import java.util.List;

/**
 * How an outgoing INVITE (or re-INVITE) ended: the final status, the provisional statuses seen before it (e.g. 180),
 * the answer SDP of a 2xx, and the Record-Route of the dialog (so tests see which CSCFs stay on the path).
 */
public record CallResult(int status, String reason, List<Integer> provisional, Sdp answer, List<String> recordRoute) {
    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
