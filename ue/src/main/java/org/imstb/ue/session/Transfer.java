package org.imstb.ue.session;

import java.util.List;

/**
 * A call transfer (RFC 3515) as one side saw it. For the transferor: the REFER's final status, the sipfrag status
 * lines the transferee NOTIFYed (e.g. {@code SIP/2.0 100 Trying}, {@code SIP/2.0 200 OK}) and the status of its BYE of
 * the original call. For the transferee: the Refer-To target and how the new call went.
 */
public record Transfer(String target, int referStatus, List<String> progress, int byeStatus, CallResult newCall,
        String newCallId) {
}
