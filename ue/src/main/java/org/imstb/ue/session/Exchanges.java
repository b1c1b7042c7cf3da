package org.imstb.ue.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.message.MessageFactory;
import javax.sip.message.Response;

/**
 * The UE's outstanding client transactions: each request the UE sends waits here for its final response, and the
 * provisional responses seen before it are kept. A transaction timeout completes it with 408.
 */
public final class Exchanges {
    private final Map<ClientTransaction, Pending> pending = new ConcurrentHashMap<>();
    private final MessageFactory messages;

    public Exchanges(MessageFactory messages) {
        this.messages = messages;
    }

    /** A finished exchange: its transaction (for the dialog), the final response, the provisional statuses. */
    public record Exchange(ClientTransaction transaction, Response response, List<Integer> provisional) {
    }

    private record Pending(CompletableFuture<Response> done, List<Integer> provisional,
            java.util.function.Consumer<Response> onProvisional) {
    }

    /** A request about to be sent on {@code ct}. */
    @FunctionalInterface
    public interface Sender {
        void send() throws Exception;
    }

    /** Sends with {@code sender} and waits up to {@code timeoutMs} for the final response (408 when none came). */
    public Exchange exchange(ClientTransaction ct, Sender sender, long timeoutMs) throws Exception {
        return exchange(ct, sender, timeoutMs, r -> { });
    }

    /** As {@link #exchange(ClientTransaction, Sender, long)}, calling {@code onProvisional} for each 1xx but 100. */
    public Exchange exchange(ClientTransaction ct, Sender sender, long timeoutMs,
            java.util.function.Consumer<Response> onProvisional) throws Exception {
        Pending p = new Pending(new CompletableFuture<>(), Collections.synchronizedList(new ArrayList<>()),
                onProvisional);
        pending.put(ct, p);
        try {
            sender.send();
            return new Exchange(ct, p.done().get(timeoutMs, TimeUnit.MILLISECONDS), List.copyOf(p.provisional()));
        } catch (TimeoutException e) {
            return new Exchange(ct, messages.createResponse(Response.REQUEST_TIMEOUT, ct.getRequest()),
                    List.copyOf(p.provisional()));
        } finally {
            pending.remove(ct);
        }
    }

    /** True when the response belonged to one of our exchanges. */
    public boolean onResponse(ResponseEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        Pending p = ct == null ? null : pending.get(ct);
        if (p == null) {
            return false;
        }
        int status = e.getResponse().getStatusCode();
        if (status < 200) {
            p.provisional().add(status);
            if (status > 100) {
                p.onProvisional().accept(e.getResponse());
            }
        } else {
            p.done().complete(e.getResponse());
        }
        return true;
    }

    public void onTimeout(TimeoutEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        Pending p = ct == null ? null : pending.get(ct);
        if (p != null) {
            try {
                p.done().complete(messages.createResponse(Response.REQUEST_TIMEOUT, ct.getRequest()));
            } catch (java.text.ParseException ex) {
                p.done().completeExceptionally(ex);
            }
        }
    }
}
