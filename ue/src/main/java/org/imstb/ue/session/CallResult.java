package org.imstb.ue.session;

import java.util.List;

/**
 * How an outgoing INVITE (or re-INVITE) ended: the final status, the provisional statuses seen before it (e.g. 180),
 * the answer SDP of a 2xx, the Record-Route of the dialog (so tests see which CSCFs stay on the path), and the steps
 * taken before the final response (redirections followed, PRACK, UPDATE with preconditions), e.g. {@code PRACK 200},
 * the Contact of a 3xx that was not followed, and the times from sending the INVITE to the first 180
 * ({@code ringingNs}, 0 when none came) and to the final response ({@code finalNs}).
 */
public record CallResult(int status, String reason, List<Integer> provisional, Sdp answer, List<String> recordRoute,
        List<String> steps, String contact, long ringingNs, long finalNs) {
    public CallResult(int status, String reason, List<Integer> provisional, Sdp answer, List<String> recordRoute) {
        this(status, reason, provisional, answer, recordRoute, List.of(), null, 0, 0);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
