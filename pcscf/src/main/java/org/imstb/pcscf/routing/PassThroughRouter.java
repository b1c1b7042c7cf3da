package org.imstb.pcscf.routing;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.ChargingVector;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.privacy.Privacy;
import org.imstb.common.sip.proxy.Forwarder;

/**
 * Requests that follow a route we are on: terminating initial requests from the S-CSCF along the Path we inserted
 * ({@code sip:term@...}), and mid-dialog requests along our Record-Route. Our Route entry is removed and the request
 * goes to the next Route or the Request-URI; terminating initial dialog-forming requests are Record-Routed. A
 * P-Asserted-Identity is passed on only from a trusted sender (a core node, never a UE); the charging vector and
 * privacy at the UE side are the {@link UeEdge}'s.
 */
public final class PassThroughRouter {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final UeEdge edge;
    private final DialogCharging charging;

    public PassThroughRouter(SipEndpoint sip, Forwarder forwarder, UeEdge edge, DialogCharging charging) {
        this.charging = charging;
        this.sip = sip;
        this.forwarder = forwarder;
        this.edge = edge;
    }

    public void handle(ServerTransaction st, Request request, boolean initialTerminating) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        boolean trusted = edge.fromTrusted(request);
        Privacy.received(out, trusted);
        if (!trusted) {
            ChargingVector.remove(out); // from a UE: its vector is not trusted either
        }
        boolean toUe = UeEdge.towardsUe(out);
        String callId = DialogCharging.callId(out);
        try {
            if (initialTerminating && DialogForming.is(out)) {
                out.addFirst(sip.headers().createRecordRouteHeader(sip.addresses().createAddress(
                        sip.uri("term", true))));
                gov.nist.javax.sip.header.ims.PChargingVectorHeader fromCore = ChargingVector.of(out);
                if (trusted && fromCore != null) {
                    charging.remember(callId, fromCore.getICID());
                }
            } else if (!trusted && !toUe) {
                // a UE's request inside a dialog: the dialog's icid again (TS 24.229 §5.2.7)
                String icid = charging.icidOf(callId).orElse(null);
                if (icid != null) {
                    ChargingVector.put(sip.headers(), out, icid);
                }
            }
        } catch (javax.sip.SipException | java.text.ParseException e) {
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, null);
            return;
        }
        if (Request.BYE.equals(out.getMethod())) {
            charging.forget(callId);
        }
        forwarder.forward(st, out, toUe ? UeEdge.fromUe(request) : UeEdge.towardsUe());
    }

    /** ACK to a 2xx: forwarded statelessly along its Route, with the same treatment of untrusted headers. */
    public void ack(Request ack) {
        boolean trusted = edge.fromTrusted(ack);
        forwarder.forwardStateless(ack, out -> {
            Privacy.received(out, trusted);
            if (!trusted) {
                ChargingVector.remove(out);
            }
        });
    }
}
