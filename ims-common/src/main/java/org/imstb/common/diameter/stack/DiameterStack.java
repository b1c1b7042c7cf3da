package org.imstb.common.diameter.stack;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.tcp.TransportObserver;
import org.imstb.common.node.Metrics;
import org.imstb.common.node.Readiness;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceClock;
import org.imstb.common.trace.TraceRecord;
import org.jdiameter.api.Answer;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Message;
import org.jdiameter.api.Network;
import org.jdiameter.api.Peer;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.RawSession;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.jdiameter.api.SessionFactory;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's Diameter stack over jDiameter 1.6 (TCP): built from our {@link DiameterConfig}, it serves the commands
 * registered with {@link #serve}, sends requests with {@link #send}, traces every application message through the
 * node's {@link MessageObserver}, and on {@link #stop()} disconnects its peers with DPR.
 */
public final class DiameterStack {
    private static final Logger LOG = LoggerFactory.getLogger(DiameterStack.class);

    private final DiameterConfig config;
    private final String nodeName;
    private final MessageObserver observer;
    private final Metrics metrics;
    private final Map<Application, Map<Integer, RequestHandler>> handlers = new EnumMap<>(Application.class);
    private final List<Application> clientApps = new ArrayList<>();
    private StackImpl stack;
    private SessionFactory sessions;
    private RawSession answerSession;
    private ExecutorService workers;
    private volatile boolean started;

    public DiameterStack(DiameterConfig config, String nodeName, MessageObserver observer, Metrics metrics) {
        this.config = config;
        this.nodeName = nodeName;
        this.observer = observer;
        this.metrics = metrics;
    }

    /** Registers the handler of one command of {@code app}; call before {@link #start()}. */
    public DiameterStack serve(Application app, Command command, RequestHandler handler) {
        handlers.computeIfAbsent(app, a -> new HashMap<>()).put(command.code(), handler);
        return this;
    }

    /** Declares that we send requests of {@code app} (advertised in CER); call before {@link #start()}. */
    public DiameterStack use(Application app) {
        if (!clientApps.contains(app)) {
            clientApps.add(app);
        }
        return this;
    }

    /** Starts listening and connects to the peers we initiate to. */
    public synchronized void start() throws Exception {
        List<Application> apps = new ArrayList<>(handlers.keySet());
        clientApps.stream().filter(a -> !apps.contains(a)).forEach(apps::add);
        String xml = JdiameterXml.render(config, apps);
        LOG.debug("jDiameter configuration:\n{}", xml);
        TransportObserver.register(config.identity(), config.port(), new TransportObserver() {
            @Override
            public void message(Message m, boolean incoming, String peer) {
                trace(m, incoming ? Direction.IN : Direction.OUT, peer);
            }

            @Override
            public boolean awaitOpen(String identity, long maxMs) {
                return awaitPeerOpen(identity, maxMs);
            }
        });
        stack = new StackImpl();
        sessions = stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        Network network = stack.unwrap(Network.class);
        if (!handlers.isEmpty()) {
            answerSession = sessions.getNewRawSession();
            AtomicInteger n = new AtomicInteger();
            workers = Executors.newFixedThreadPool(config.threads(), r -> {
                Thread t = new Thread(r, "diameter-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        for (Map.Entry<Application, Map<Integer, RequestHandler>> e : handlers.entrySet()) {
            Application app = e.getKey();
            Map<Integer, RequestHandler> byCommand = Map.copyOf(e.getValue());
            network.addNetworkReqListener(request -> {
                traceIn(request);
                workers.execute(() -> answer(app, byCommand, request));
                return null; // answered from a worker: jDiameter's peer thread is not held by handlers
            }, app.applicationId());
        }
        stack.start();
        started = true;
        LOG.info("Diameter {} realm {} listening on [{}]:{} ({} peers configured)", config.identity(),
                config.realm(), config.address(), config.port(), config.peers().size());
    }

    /**
     * Runs the handler on a worker thread and sends the answer; jDiameter routes it back to the peer the request
     * came from (hop-by-hop table). One jDiameter peer thread would otherwise serialise every request of a peer.
     */
    private void answer(Application app, Map<Integer, RequestHandler> byCommand, Request request) {
        Answer answer = dispatch(app, byCommand, request);
        try {
            answerSession.send(answer, null);
            // jDiameter's send arms a request timeout even for an answer, which nothing clears: the answer would stay
            // queued in its scheduler (and fire a useless timer) for requestTimeoutMs
            if (answer instanceof org.jdiameter.client.api.IMessage sent) {
                sent.clearTimer();
            }
        } catch (Exception e) {
            LOG.warn("cannot send {} for {}: {}", DiameterText.summary(answer), DiameterText.summary(request),
                    e.toString());
        }
    }

    /** Tasks waiting in jDiameter's scheduler (request timeouts, watchdog); -1 if it cannot be seen. */
    int scheduledTasks() {
        var s = stack;
        if (s != null && s.getScheduledFacility() instanceof java.util.concurrent.ThreadPoolExecutor pool) {
            return pool.getQueue().size();
        }
        return -1;
    }

    private Answer dispatch(Application app, Map<Integer, RequestHandler> byCommand, Request request) {
        RequestHandler h = byCommand.get(request.getCommandCode());
        Answer answer;
        if (h == null) {
            answer = Answers.answer(request, DiameterResult.COMMAND_UNSUPPORTED);
        } else {
            try {
                answer = h.handle(request);
            } catch (DiameterDecodeException e) {
                answer = Answers.decodeError(request, e);
            } catch (RuntimeException e) {
                LOG.error("{} handler failed on {}", app, DiameterText.summary(request), e);
                answer = Answers.answer(request, DiameterResult.UNABLE_TO_COMPLY);
            }
        }
        // an answer has no Destination-Host: it goes to the request's origin
        trace(answer, Direction.OUT, originOrDestination(request, Direction.IN));
        return answer;
    }

    /** Turns an answer into its typed form (one codec per command, e.g. UaaCodec::read). */
    @FunctionalInterface
    public interface AnswerDecoder<T> {
        T decode(Answer a) throws org.imstb.common.diameter.codec.DiameterDecodeException;
    }

    /**
     * {@link #send} and decode the answer with {@code decoder}; a decoding failure fails the future (wrapped in a
     * {@link java.util.concurrent.CompletionException}).
     */
    public <T> CompletableFuture<T> request(Application app, Command command, String destinationRealm,
            String destinationHost, java.util.function.Consumer<org.imstb.common.diameter.codec.AvpWriter> body,
            AnswerDecoder<T> decoder) {
        return send(app, command, destinationRealm, destinationHost, body).thenApply(a -> {
            try {
                return decoder.decode(a);
            } catch (org.imstb.common.diameter.codec.DiameterDecodeException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /**
     * Sends a request of {@code app} to {@code destinationRealm} (and {@code destinationHost} if not null); the AVPs
     * after the standard header AVPs are written by {@code body}. The future fails with
     * {@link DiameterTimeoutException} when no answer comes within the request timeout.
     */
    public CompletableFuture<Answer> send(Application app, Command command, String destinationRealm,
            String destinationHost, Consumer<AvpWriter> body) {
        CompletableFuture<Answer> result = new CompletableFuture<>();
        try {
            Session session = sessions.getNewSession();
            Request req = destinationHost == null
                    ? session.createRequest(command.code(), app.applicationId(), destinationRealm)
                    : session.createRequest(command.code(), app.applicationId(), destinationRealm, destinationHost);
            AvpWriter w = new AvpWriter(req.getAvps());
            if (app != Application.RF) {
                w.enumerated(org.imstb.common.diameter.dict.Avps.AUTH_SESSION_STATE, 1);
            }
            body.accept(w);
            traceOut(req);
            session.send(req, new EventListener<Request, Answer>() {
                @Override
                public void receivedSuccessMessage(Request r, Answer a) {
                    traceIn(a);
                    session.release();
                    result.complete(a);
                }

                @Override
                public void timeoutExpired(Request r) {
                    session.release();
                    result.completeExceptionally(new DiameterTimeoutException(DiameterText.summary(r)
                            + " to " + destinationRealm + ": no answer in " + config.requestTimeoutMs() + " ms"));
                }
            }, config.requestTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Ready when the stack runs and every peer we connect to is open. */
    public Readiness readiness() {
        if (!started || !stack.isActive()) {
            return Readiness.notReady("diameter: stack not started");
        }
        List<String> down = new ArrayList<>();
        int open = 0;
        for (Map.Entry<String, PeerState> p : peerStates().entrySet()) {
            boolean initiator = config.peers().stream().anyMatch(c -> c.host().equals(p.getKey()) && c.connect());
            if (p.getValue() == PeerState.OKAY) {
                open++;
            } else if (initiator) {
                down.add(p.getKey() + ": " + p.getValue());
            }
        }
        String detail = "diameter " + config.identity() + ": " + open + " peer(s) open";
        return down.isEmpty() ? Readiness.ok(detail)
                : Readiness.notReady(detail + ", waiting for " + down.size() + ": " + down);
    }

    /** Waits up to {@code maxMs} until the peer {@code identity} is OKAY; true if it is. */
    private boolean awaitPeerOpen(String identity, long maxMs) {
        long deadline = System.nanoTime() + maxMs * 1_000_000L;
        while (true) {
            if (peerStates().get(identity) == PeerState.OKAY) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The state of every peer jDiameter knows, by host name. */
    public Map<String, PeerState> peerStates() {
        Map<String, PeerState> out = new HashMap<>();
        if (stack == null) {
            return out;
        }
        try {
            for (Peer p : stack.unwrap(PeerTable.class).getPeerTable()) {
                out.put(p.getUri().getFQDN(), p.getState(PeerState.class));
            }
        } catch (Exception e) {
            LOG.debug("peer table not available", e);
        }
        return out;
    }

    /** Disconnects peers (DPR with cause REBOOTING) and stops the stack. */
    public synchronized void stop() {
        if (stack == null) {
            return;
        }
        started = false;
        try {
            stack.stop(3, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
        } catch (Exception e) {
            LOG.warn("Diameter stack stop: {}", e.toString());
        }
        stack.destroy();
        stack = null;
        TransportObserver.unregister(config.identity(), config.port());
        if (workers != null) {
            workers.shutdownNow();
        }
        LOG.info("Diameter {} stopped", config.identity());
    }

    public DiameterConfig config() {
        return config;
    }

    private void traceIn(Message m) {
        trace(m, Direction.IN);
    }

    private void traceOut(Message m) {
        trace(m, Direction.OUT);
    }

    private void trace(Message m, Direction d) {
        trace(m, d, null);
    }

    /** Counts and traces a message; {@code peer} null: the peer is read off the message. */
    private void trace(Message m, Direction d, String peer) {
        String name = DiameterText.commandName(m);
        if (m.isRequest()) {
            metrics.increment("imstb_diameter_requests_total", "command", name, "direction", d.name().toLowerCase());
        } else {
            DiameterResult r = DiameterText.result(m);
            metrics.increment("imstb_diameter_answers_total", "command", name, "direction", d.name().toLowerCase(),
                    "result", r == null ? "none" : Long.toString(r.code()));
        }
        if (observer != MessageObserver.NONE) {
            String remote = peer != null ? peer : originOrDestination(m, d);
            observer.record(new TraceRecord(TraceClock.nowNs(), nodeName, d, Protocol.DIAMETER,
                    "TCP", config.identity() + ":" + config.port(), remote, DiameterText.summary(m),
                    DiameterText.render(m)));
        }
    }

    private static String originOrDestination(Message m, Direction d) {
        int code = d == Direction.IN ? 264 : 293;
        try {
            var avp = m.getAvps().getAvp(code);
            if (avp != null) {
                return avp.getDiameterIdentity();
            }
            var realm = m.getAvps().getAvp(d == Direction.IN ? 296 : 283);
            return realm == null ? "" : realm.getDiameterIdentity();
        } catch (Exception e) {
            return "";
        }
    }
}
