package org.imstb.common.diameter.stack;

import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.MissingAvpException;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.DiameterResult;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * Builds answers: Result-Code or Experimental-Result, the application's Vendor-Specific-Application-Id and
 * Auth-Session-State (NO_STATE_MAINTAINED, as Cx/Sh require), the E bit for protocol errors (3xxx), Failed-AVP.
 */
public final class Answers {
    private Answers() {
    }

    /** An answer with {@code result} and the AVPs {@code body} writes. */
    public static Answer answer(Request request, DiameterResult result, Consumer<AvpWriter> body) {
        Answer a = result.experimental() ? request.createAnswer(result.vendorId(), result.code())
                : request.createAnswer(result.code());
        AvpWriter w = new AvpWriter(a.getAvps());
        Application app = Application.byId(request.getApplicationId());
        if (app != null && a.getAvps().getAvp(Avps.VENDOR_SPECIFIC_APPLICATION_ID.code()) == null
                && app.applicationId().getVendorId() != 0) {
            w.group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, app.applicationId().getVendorId())
                    .u32(Avps.AUTH_APPLICATION_ID, app.id()));
        }
        if (app != null && app != Application.RF && a.getAvps().getAvp(Avps.AUTH_SESSION_STATE.code()) == null) {
            w.enumerated(Avps.AUTH_SESSION_STATE, 1);
        }
        if (result.code() >= 3000 && result.code() < 4000) {
            a.setError(true);
        }
        if (body != null) {
            body.accept(w);
        }
        return a;
    }

    /** An answer with only a result. */
    public static Answer answer(Request request, DiameterResult result) {
        return answer(request, result, null);
    }

    /** 5005 or 5004 with a Failed-AVP holding the AVP at fault (RFC 6733 §7.5). */
    public static Answer decodeError(Request request, DiameterDecodeException e) {
        boolean missing = e instanceof MissingAvpException;
        DiameterResult result = missing ? DiameterResult.MISSING_AVP : DiameterResult.INVALID_AVP_VALUE;
        return answer(request, result, w -> {
            w.text(Avps.ERROR_MESSAGE, e.getMessage());
            if (e.avp() != null) {
                w.group(Avps.FAILED_AVP, f -> emptyValue(f, e.avp()));
            }
        });
    }

    /**
     * Writes an AVP of {@code def}'s code and type with an empty value: zeros of the minimum length of its type, an
     * empty group, an empty string. RFC 6733 §7.5 asks for such an AVP in Failed-AVP for a missing AVP, and (§7.1.5)
     * for an AVP whose length is wrong.
     */
    public static void emptyValue(AvpWriter f, AvpDef def) {
        switch (def.type()) {
            case GROUPED -> f.group(def, g -> { });
            case UNSIGNED32, ENUMERATED, INTEGER32 -> f.u32(def, 0L);
            case UNSIGNED64, INTEGER64 -> f.octets(def, new byte[8]);
            case TIME -> f.octets(def, new byte[4]);
            case ADDRESS -> f.octets(def, new byte[6]);
            default -> f.octets(def, new byte[0]);
        }
    }
}
