package org.imstb.common.sip.proxy;

import java.util.ArrayList;
import java.util.List;
import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.TransactionState;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The response context of one proxied request (RFC 3261 §16.7): the server transaction it came in on and the client
 * transactions of its branches (one, or several when forking). Decides which responses go upstream: provisional ones
 * until a final one was sent, every 2xx (the other INVITE branches are then cancelled), and otherwise the best final
 * response once every branch has answered (6xx before 2xx-less others, then the lowest class). Explicit state, no I/O.
 */
final class Branches {
    private final ServerTransaction server;
    private final Forwarder.ResponseHook hook;
    private final List<ClientTransaction> branches = new ArrayList<>();
    private final boolean invite;
    private final Forwarder.NoAnswer noAnswer;
    private int pending;
    private Response best;
    private boolean finalSent;
    private boolean answered;
    private boolean progressed;
    private boolean abandoned;

    Branches(ServerTransaction server, Forwarder.ResponseHook hook, Forwarder.NoAnswer noAnswer) {
        this.server = server;
        this.hook = hook;
        this.noAnswer = noAnswer;
        this.invite = Request.INVITE.equals(server.getRequest().getMethod());
    }

    /** The guard of a guarded forward ({@link Forwarder#forwardGuarded}), or null. */
    Forwarder.NoAnswer noAnswer() {
        return noAnswer;
    }

    /** Notes any response of a branch (a guarded forward's timer then no longer applies). */
    synchronized void heard(int code) {
        answered = true;
        if (code > 100 && code < 300) {
            progressed = true;
        }
    }

    /**
     * For a guarded forward: gives up on it when its next hop never answered ({@code anyResponse} false: the timer
     * fired) or failed with 408/5xx before any provisional response ({@code anyResponse} true). Returns true once,
     * when it was given up; nothing more of it is relayed.
     */
    synchronized boolean giveUp(boolean timerFired, int failureCode) {
        if (noAnswer == null || abandoned || finalSent || progressed) {
            return false;
        }
        if (timerFired ? answered : !(failureCode == Response.REQUEST_TIMEOUT || failureCode >= 500)) {
            return false;
        }
        abandoned = true;
        return true;
    }

    synchronized boolean abandoned() {
        return abandoned;
    }

    ServerTransaction server() {
        return server;
    }

    Forwarder.ResponseHook hook() {
        return hook;
    }

    synchronized void add(ClientTransaction ct) {
        branches.add(ct);
        pending++;
    }

    /** A branch could not be sent: it counts as answered with {@code failure}. */
    synchronized Response failed(Response failure) {
        return onFinal(failure);
    }

    /** What to relay upstream for {@code response} from a branch, or null. */
    synchronized Response onResponse(Response response) {
        int code = response.getStatusCode();
        if (code == Response.TRYING) {
            return null;
        }
        if (code < 200) {
            return finalSent ? null : response;
        }
        if (code < 300) {
            pending = Math.max(0, pending - 1);
            finalSent = true;
            return response; // every 2xx goes upstream (RFC 3261 §16.7 step 5)
        }
        return onFinal(response);
    }

    private Response onFinal(Response response) {
        pending = Math.max(0, pending - 1);
        if (best == null || rank(response) < rank(best)) {
            best = response;
        }
        if (pending == 0 && !finalSent) {
            finalSent = true;
            return best;
        }
        return null;
    }

    /** 6xx first, then lower classes; 503 counts as 500 upstream (RFC 3261 §16.7 step 6). */
    private static int rank(Response r) {
        int code = r.getStatusCode();
        return code >= 600 ? 0 : code;
    }

    /** INVITE branches still waiting for a final response (to CANCEL after a 2xx or an upstream CANCEL). */
    synchronized List<ClientTransaction> unanswered() {
        List<ClientTransaction> out = new ArrayList<>();
        if (!invite) {
            return out;
        }
        for (ClientTransaction ct : branches) {
            TransactionState s = ct.getState();
            if (s == TransactionState.PROCEEDING || s == TransactionState.CALLING) {
                out.add(ct);
            }
        }
        return out;
    }

    synchronized boolean done() {
        return finalSent && pending == 0;
    }
}
