package org.imstb.ue.session;

import java.util.List;

/**
 * How an outgoing INVITE (or re-INVITE) ended: the final status, the provisional statuses seen before it (e.g. 180),
 * the answer SDP of a 2xx, the Record-Route of the dialog (so tests see which CSCFs stay on the path), and the steps
 * taken before the final response (redirections followed, PRACK, UPDATE with preconditions), e.g. {@code PRACK 200},
 * and the Contact of a 3xx that was not followed.
 */
public record CallResult(int status, String reason, List<Integer> provisional, Sdp answer, List<String> recordRoute,
        List<String> steps, String contact) {
    public CallResult(int status, String reason, List<Integer> provisional, Sdp answer, List<String> recordRoute) {
        this(status, reason, provisional, answer, recordRoute, List.of(), null);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
