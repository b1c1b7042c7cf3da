package org.imstb.ue.as.voicemail;

import java.util.concurrent.ScheduledFuture;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;

import org.imstb.ue.as.DialogState;
import org.imstb.ue.session.Sdp;

/**
 * One call the voicemail answers. States: RINGING (180 sent) → ANSWERED (200 sent) → CONFIRMED (ACK came) → ENDED
 * (BYE either way, CANCEL while ringing, no ACK). Transitions return false when they do not apply, so that racing
 * events (a CANCEL and the answer timer) act once. No I/O.
 */
final class VoicemailCall {
    enum State { RINGING, ANSWERED, CONFIRMED, ENDED }

    private final DialogState dialog;
    private final ServerTransaction invite;
    private final Request inviteRequest;
    private final Sdp offer;
    private State state = State.RINGING;
    private ScheduledFuture<?> timer;

    VoicemailCall(DialogState dialog, ServerTransaction invite, Request inviteRequest, Sdp offer) {
        this.dialog = dialog;
        this.invite = invite;
        this.inviteRequest = inviteRequest;
        this.offer = offer;
    }

    DialogState dialog() {
        return dialog;
    }

    ServerTransaction invite() {
        return invite;
    }

    Request inviteRequest() {
        return inviteRequest;
    }

    /** The caller's SDP offer, or null (offerless INVITE: our 200 carries the offer). */
    Sdp offer() {
        return offer;
    }

    synchronized State state() {
        return state;
    }

    /** RINGING → ANSWERED. */
    synchronized boolean answer() {
        return move(State.RINGING, State.ANSWERED);
    }

    /** ANSWERED → CONFIRMED (the ACK). */
    synchronized boolean confirm() {
        return move(State.ANSWERED, State.CONFIRMED);
    }

    /** RINGING → ENDED (CANCEL before the answer). */
    synchronized boolean cancel() {
        boolean moved = move(State.RINGING, State.ENDED);
        if (moved) {
            stopTimer();
        }
        return moved;
    }

    /** Any state but ENDED → ENDED (BYE either way). */
    synchronized boolean end() {
        if (state == State.ENDED) {
            return false;
        }
        state = State.ENDED;
        stopTimer();
        return true;
    }

    /** The pending answer or hang-up timer, replacing (and stopping) the previous one. */
    synchronized void timer(ScheduledFuture<?> t) {
        stopTimer();
        timer = t;
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private boolean move(State from, State to) {
        if (state != from) {
            return false;
        }
        state = to;
        return true;
    }
}
