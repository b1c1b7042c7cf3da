package org.imstb.ue.as.b2bua;

import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;

import org.imstb.ue.as.DialogState;

/**
 * One call through the B2BUA: leg A (the incoming INVITE; the AS is its UAS) and leg B (the new INVITE the AS sent;
 * the AS is its UAC), and the state of the call:
 *
 * <pre>
 * CALLING --1xx from B--> EARLY --2xx from B--> ANSWERED --ACK from A--> CONFIRMED
 *    |                      |                                              |
 *    +---- final non-2xx from B, or timeout ----> ENDED <-------- BYE either way, no ACK, too long
 * </pre>
 *
 * A CANCEL from A before B sent anything is kept pending until B's first provisional response (RFC 3261 §9.1). Each
 * leg remembers the CSeq of an INVITE whose 2xx waits for an ACK (relayed from the other leg) and the last ACK sent on
 * it (re-sent when a 2xx is retransmitted). Transitions are synchronized and answer whether they apply; no I/O.
 */
final class B2buaCall {
    enum State { CALLING, EARLY, ANSWERED, CONFIRMED, ENDED }

    /** What to do with a final response from B to the initial INVITE. */
    enum Final { RELAY_ANSWER, RELAY_FAILURE, RETRANSMITTED_ANSWER, IGNORE }

    /** What to do with a CANCEL from A. */
    enum Cancel { SEND_NOW, SEND_LATER, TOO_LATE }

    /** One leg: its dialog, the CSeq of an INVITE whose 2xx awaits an ACK on it, the last ACK sent on it. */
    static final class Leg {
        private final DialogState dialog;
        private long pendingAck = -1;
        private Request lastAck;

        Leg(DialogState dialog) {
            this.dialog = dialog;
        }

        DialogState dialog() {
            return dialog;
        }

        String callId() {
            return dialog.callId();
        }

        /** A 2xx to our INVITE with CSeq {@code seq} came on this leg; the ACK comes from the other one. */
        synchronized void expectAck(long seq) {
            pendingAck = seq;
        }

        /** The CSeq to ACK on this leg, once; -1 when no 2xx waits. */
        synchronized long takePendingAck() {
            long s = pendingAck;
            pendingAck = -1;
            return s;
        }

        synchronized void acked(Request ack) {
            lastAck = ack;
        }

        /** The last ACK sent on this leg (to repeat for a retransmitted 2xx), or null. */
        synchronized Request lastAck() {
            return lastAck;
        }
    }

    private final Leg a;
    private final Leg b;
    private final ServerTransaction inviteA;
    private final Request requestA;
    private final long createdAt;
    private ClientTransaction inviteB;
    private State state = State.CALLING;
    private boolean cancelPending;
    private boolean cancelSent;
    private long answeredAt;

    B2buaCall(DialogState a, ServerTransaction inviteA, Request requestA, DialogState b, long now) {
        this.a = new Leg(a);
        this.b = new Leg(b);
        this.inviteA = inviteA;
        this.requestA = requestA;
        this.createdAt = now;
    }

    Leg a() {
        return a;
    }

    Leg b() {
        return b;
    }

    /** The leg whose Call-ID is {@code callId}, or null. */
    Leg leg(String callId) {
        return a.callId().equals(callId) ? a : b.callId().equals(callId) ? b : null;
    }

    Leg other(Leg leg) {
        return leg == a ? b : a;
    }

    ServerTransaction inviteA() {
        return inviteA;
    }

    Request requestA() {
        return requestA;
    }

    synchronized ClientTransaction inviteB() {
        return inviteB;
    }

    synchronized void inviteB(ClientTransaction ct) {
        inviteB = ct;
    }

    synchronized State state() {
        return state;
    }

    long createdAt() {
        return createdAt;
    }

    synchronized long answeredAt() {
        return answeredAt;
    }

    /** A provisional response (not 100) from B: true while it is to be relayed to A. */
    synchronized boolean onProvisional() {
        if (state == State.CALLING) {
            state = State.EARLY;
        }
        return state == State.EARLY;
    }

    /** A CANCEL from A that waited for B's first provisional response may go now: true once. */
    synchronized boolean takeCancelPending() {
        boolean p = cancelPending;
        cancelPending = false;
        return p;
    }

    /** A final response (or a timeout, as 408) from B to the initial INVITE. */
    synchronized Final onFinal(int status, long now) {
        boolean success = status >= 200 && status < 300;
        if (state == State.CALLING || state == State.EARLY) {
            cancelPending = false;
            if (success) {
                state = State.ANSWERED;
                answeredAt = now;
                return Final.RELAY_ANSWER;
            }
            state = State.ENDED;
            return Final.RELAY_FAILURE;
        }
        return success && state != State.ENDED ? Final.RETRANSMITTED_ANSWER : Final.IGNORE;
    }

    /** A CANCEL from A for the initial INVITE. */
    synchronized Cancel onCancel() {
        return switch (state) {
            case CALLING -> {
                cancelPending = true;
                yield Cancel.SEND_LATER;
            }
            case EARLY -> Cancel.SEND_NOW;
            default -> Cancel.TOO_LATE;
        };
    }

    /** Leg B is to be cancelled: true the first time (one CANCEL, whoever asks: A or the sweeper). */
    synchronized boolean cancelOnce() {
        boolean first = !cancelSent;
        cancelSent = true;
        return first;
    }

    /** The ACK from A to the relayed 2xx: ANSWERED → CONFIRMED; true when this was that ACK. */
    synchronized boolean onAckFromA() {
        if (state == State.ANSWERED) {
            state = State.CONFIRMED;
            return true;
        }
        return false;
    }

    /** Ends the call (BYE, no ACK, too long): true the first time. */
    synchronized boolean end() {
        if (state == State.ENDED) {
            return false;
        }
        state = State.ENDED;
        return true;
    }

    /** Still ringing after {@code maxEarlyMs}, or established for longer than {@code maxCallMs}. */
    synchronized boolean overdue(long now, long maxEarlyMs, long maxCallMs) {
        return state == State.EARLY && now - createdAt > maxEarlyMs
                || state == State.CONFIRMED && now - answeredAt > maxCallMs;
    }
}
