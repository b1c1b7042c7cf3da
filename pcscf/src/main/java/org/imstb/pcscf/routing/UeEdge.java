package org.imstb.pcscf.routing;

import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.ChargingVector;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.privacy.Privacy;
import org.imstb.common.sip.proxy.Forwarder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The P-CSCF is where the trust domain ends: UEs are outside it (TS 24.229 §4.4, RFC 3325). Towards a UE
 * P-Asserted-Identity is withheld when the message asks for privacy ({@code Privacy: id}) and P-Charging-Vector is
 * removed; from a UE any P-Asserted-Identity or P-Charging-Vector is dropped (the originating router asserts the
 * identity and generates the icid; responses of a terminating UE get the request's vector back). Towards the core,
 * privacy applies only when the next hop is not a trusted host. A request goes towards the UE when no Route is left
 * after our own entry (it goes to the Request-URI, the UE's contact).
 */
public final class UeEdge {
    private static final Logger LOG = LoggerFactory.getLogger(UeEdge.class);

    private final PeerTrust trust;

    public UeEdge(PeerTrust trust) {
        this.trust = trust;
    }

    /** True when {@code out} (after our Route entry was removed) goes to the UE. */
    static boolean towardsUe(Request out) {
        return out.getHeader(RouteHeader.NAME) == null;
    }

    /** The sender of {@code request} is a trusted core node (not a UE). */
    boolean fromTrusted(Request request) {
        return trust.fromTrusted(request);
    }

    /** The forwarder's policy for every request leaving the P-CSCF. */
    public void outbound(Request out) {
        if (towardsUe(out)) {
            Privacy.sending(out, false);
            ChargingVector.remove(out);
        } else {
            Privacy.sending(out, trust.toTrusted(out));
        }
    }

    /** For responses relayed to a UE. */
    static Forwarder.ResponseHook towardsUe() {
        return r -> {
            Privacy.sending(r, false);
            ChargingVector.remove(r);
        };
    }

    /** For responses a UE sent to {@code request} (which came from the core): the UE asserts nothing. */
    static Forwarder.ResponseHook fromUe(Request request) {
        return r -> {
            Privacy.received(r, false);
            ChargingVector.remove(r);
            answer(request, r);
        };
    }

    private static void answer(Request request, Response r) {
        try {
            ChargingVector.answer(request, r, null);
        } catch (java.text.ParseException e) {
            LOG.debug("cannot copy the charging vector: {}", e.toString());
        }
    }
}
