package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.DiameterResult;
import org.jdiameter.api.Message;

/** Reads the result of an answer; an answer with neither Result-Code nor Experimental-Result is malformed. */
final class Results {
    private Results() {
    }

    static DiameterResult of(Message answer) throws DiameterDecodeException {
        DiameterResult r = DiameterText.result(answer);
        if (r == null) {
            throw new DiameterDecodeException(Avps.RESULT_CODE, "answer has neither Result-Code nor Experimental-Result");
        }
        return r;
    }
}
