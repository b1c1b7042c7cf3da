package org.imstb.ue.as;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One service of the AS, reached by its name in the user part of the AS's Route URI (or Request-URI). The
 * {@link AsListener} hands it every request for it, initial and in-dialog; a handler may throw (the listener answers
 * 500) but should answer every request it takes.
 */
public interface Service {
    /** The name the S-CSCF reaches it by, e.g. {@code voicemail}. */
    String name();

    /** A request for this service with its server transaction (never an ACK to a 2xx: see {@link #onAck}). */
    void onRequest(ServerTransaction st, Request request);

    /** An ACK to a 2xx (it has no transaction). */
    default void onAck(Request ack) {
    }

    /** A response no client transaction claims (a retransmitted 2xx to an INVITE); true when it was this service's. */
    default boolean onStrayResponse(Response response) {
        return false;
    }

    /** Releases timers and calls when the node stops. */
    default void stop() {
    }
}
