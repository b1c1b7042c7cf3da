package org.imstb.common.trace.hep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.imstb.common.node.Metrics;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.TraceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every trace record to a HEP v3 collector (Homer) as one UDP datagram, off the protocol threads: records go
 * through a bounded queue to one daemon sender thread, which resolves addresses (cached), encodes and sends. When the
 * queue is full a record is dropped and counted, never waited for. Counts what was sent, dropped and failed, also as
 * the node metrics {@code imstb_hep_sent_total}, {@code imstb_hep_dropped_total} and {@code imstb_hep_errors_total}.
 */
public final class HepExporter implements MessageObserver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HepExporter.class);
    static final int QUEUE = 8192;
    private static final long FLUSH_MS = 1_000;

    private final HepConfig config;
    private final String node;
    private final long captureId;
    private final Metrics metrics;
    private final HostResolver resolver;
    private final BlockingQueue<TraceRecord> queue;
    private final DatagramSocket socket;
    private final Thread sender;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean closing;
    private volatile long flushDeadline;

    /** Starts exporting the records of {@code node} as {@code config} says; {@code metrics} may be null. */
    public HepExporter(HepConfig config, String node, Metrics metrics) {
        this(config, node, metrics, HostResolver.caching(), QUEUE, true);
    }

    HepExporter(HepConfig config, String node, Metrics metrics, HostResolver resolver, int capacity, boolean start) {
        this.config = config;
        this.node = node;
        this.captureId = config.captureId(node);
        this.metrics = metrics;
        this.resolver = resolver;
        this.queue = new ArrayBlockingQueue<>(capacity);
        try {
            this.socket = new DatagramSocket();
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot open a UDP socket for HEP export", e);
        }
        if (metrics != null) {
            metrics.describe("imstb_hep_sent_total", "Trace records sent to the HEP collector");
            metrics.describe("imstb_hep_dropped_total", "Trace records dropped because the HEP sender fell behind");
            metrics.describe("imstb_hep_errors_total", "Trace records the HEP sender could not send");
        }
        this.sender = new Thread(this::run, "hep-exporter");
        sender.setDaemon(true);
        if (start) {
            sender.start();
            LOG.info("{}: HEP export to [{}]:{} (capture id {})", node, config.address(), config.port(), captureId);
        }
    }

    @Override
    public void record(TraceRecord record) {
        if (record == null || closing || !queue.offer(record)) {
            dropped.incrementAndGet();
            if (metrics != null) {
                metrics.increment("imstb_hep_dropped_total");
            }
        }
    }

    /** Records sent. */
    public long sent() {
        return sent.get();
    }

    /** Records dropped because the queue was full (or arrived after close). */
    public long dropped() {
        return dropped.get();
    }

    /** Records that could not be encoded or sent (collector address unresolvable, socket error). */
    public long errors() {
        return errors.get();
    }

    /** The capture id this exporter sends. */
    public long captureId() {
        return captureId;
    }

    private void run() {
        try {
            while (!closing || !queue.isEmpty()) {
                TraceRecord r = queue.poll(100, TimeUnit.MILLISECONDS);
                if (r == null) {
                    continue;
                }
                if (closing && System.nanoTime() - flushDeadline > 0) {
                    drop(1 + queue.size());
                    queue.clear();
                    break;
                }
                send(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(TraceRecord r) {
        try {
            InetAddress collector = resolver.resolve(config.address());
            if (collector == null) {
                fail("cannot resolve the HEP collector address " + config.address());
                return;
            }
            byte[] packet = Hep3Encoder.encode(HepRecords.packet(r, captureId, config.password(), resolver));
            socket.send(new DatagramPacket(packet, packet.length, collector, config.port()));
            sent.incrementAndGet();
            if (metrics != null) {
                metrics.increment("imstb_hep_sent_total");
            }
        } catch (IOException | RuntimeException e) {
            fail("HEP export to [" + config.address() + "]:" + config.port() + " failed: " + e);
        }
    }

    private void fail(String why) {
        long n = errors.incrementAndGet();
        if (metrics != null) {
            metrics.increment("imstb_hep_errors_total");
        }
        if (n == 1 || n % 1000 == 0) {
            LOG.warn("{}: {} ({} record(s) not sent so far)", node, why, n);
        }
    }

    private void drop(int n) {
        dropped.addAndGet(n);
        if (metrics != null) {
            for (int i = 0; i < n; i++) {
                metrics.increment("imstb_hep_dropped_total");
            }
        }
    }

    /** Stops taking records, sends what is queued for up to a second, and closes the socket. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        flushDeadline = System.nanoTime() + FLUSH_MS * 1_000_000L;
        closing = true;
        try {
            if (sender.isAlive()) {
                sender.join(FLUSH_MS + 500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.close();
        if (!sender.isAlive() && !queue.isEmpty()) {
            drop(queue.size()); // never started, or stopped before the queue drained
            queue.clear();
        }
        LOG.info("{}: HEP export stopped: {} sent, {} dropped, {} errors", node, sent(), dropped(), errors());
    }
}
