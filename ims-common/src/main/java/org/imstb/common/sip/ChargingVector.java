package org.imstb.common.sip;

import java.text.ParseException;

import javax.sip.header.Header;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.HeaderFactoryExt;
import gov.nist.javax.sip.header.ims.PChargingVectorHeader;

/**
 * P-Charging-Vector (RFC 3455 §4.6, TS 24.229 §5.2.6.3, §5.4.3.2, §5.4.3.3): the IMS charging identifier (icid) is
 * generated once, by the originating P-CSCF, and carried end to end; the originating S-CSCF adds {@code orig-ioi}
 * (its operator), the terminating S-CSCF answers with {@code term-ioi} (its operator) in responses. The header never
 * reaches a UE. Operations on messages only, no I/O.
 */
public final class ChargingVector {
    public static final String NAME = PChargingVectorHeader.NAME;
    static final String ORIG_IOI = "orig-ioi";
    static final String TERM_IOI = "term-ioi";

    private ChargingVector() {
    }

    /** The message's P-Charging-Vector, or null. */
    public static PChargingVectorHeader of(Message m) {
        Header h = m.getHeader(NAME);
        return h instanceof PChargingVectorHeader p ? p : null;
    }

    /** Replaces any P-Charging-Vector by one with a new, globally unique icid; returns the icid. */
    public static String generate(HeaderFactoryExt headers, Message m) throws ParseException {
        String icid = Tags.token(16);
        put(headers, m, icid);
        return icid;
    }

    /** Replaces any P-Charging-Vector by one carrying {@code icid} (e.g. a dialog's, saved from its first request). */
    public static void put(HeaderFactoryExt headers, Message m, String icid) throws ParseException {
        m.removeHeader(NAME);
        m.addHeader(headers.createChargingVectorHeader(icid));
    }

    /** Originating S-CSCF: {@code orig-ioi} = our operator; any {@code term-ioi} is dropped. No-op without a vector. */
    public static void originating(Message m, String ioi) throws ParseException {
        PChargingVectorHeader pcv = of(m);
        if (pcv != null && ioi != null) {
            pcv.removeParameter(TERM_IOI);
            pcv.setOriginatingIOI(ioi);
        }
    }

    /**
     * A response's vector from its request's: the same icid and {@code orig-ioi}, with {@code term-ioi} = our operator
     * when {@code termIoi} is given (terminating S-CSCF), else the response's own {@code term-ioi}, if any.
     */
    public static void answer(Request request, Response response, String termIoi) throws ParseException {
        PChargingVectorHeader asked = of(request);
        if (asked == null) {
            return;
        }
        PChargingVectorHeader had = of(response);
        String term = termIoi != null ? termIoi : had == null ? null : had.getTerminatingIOI();
        PChargingVectorHeader out = (PChargingVectorHeader) asked.clone();
        out.removeParameter(TERM_IOI);
        if (term != null) {
            out.setTerminatingIOI(term);
        }
        response.removeHeader(NAME);
        response.addHeader(out);
    }

    /** Removes the vector (towards a UE, RFC 3455 §4.6: it stays inside the IMS). */
    public static void remove(Message m) {
        m.removeHeader(NAME);
    }
}
