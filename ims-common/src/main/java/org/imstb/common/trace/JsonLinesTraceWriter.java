package org.imstb.common.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes trace records as JSON lines (one object per message) to a file, off the protocol threads: records go
 * through a bounded queue to one writer thread. When the queue is full records are dropped and counted rather
 * than slowing the node; {@link #dropped()} tells how many.
 */
public final class JsonLinesTraceWriter implements MessageObserver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesTraceWriter.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final BlockingQueue<TraceRecord> queue = new ArrayBlockingQueue<>(65_536);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;

    public JsonLinesTraceWriter(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create trace directory for " + file, e);
        }
        this.writer = new Thread(this::drain, "trace-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(TraceRecord record) {
        if (!queue.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    /** Records dropped because the writer could not keep up. */
    public long dropped() {
        return dropped.get();
    }

    private void drain() {
        List<TraceRecord> batch = new ArrayList<>(1024);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
             JsonGenerator gen = JSON.createGenerator(out)) {
            gen.setRootValueSeparator(null);
            while (!closing || !queue.isEmpty()) {
                TraceRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 1023);
                for (TraceRecord r : batch) {
                    write(gen, r);
                    gen.flush();
                    out.write('\n');
                }
                out.flush();
                batch.clear();
            }
        } catch (IOException e) {
            LOG.error("trace file {} cannot be written; tracing stops: {}", file, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void write(JsonGenerator g, TraceRecord r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("time", r.timeNs());
        g.writeStringField("node", r.node());
        g.writeStringField("direction", r.direction().name());
        g.writeStringField("protocol", r.protocol().name());
        g.writeStringField("transport", r.transport());
        g.writeStringField("local", r.local());
        g.writeStringField("remote", r.remote());
        g.writeStringField("summary", r.summary());
        g.writeStringField("message", r.message());
        g.writeEndObject();
    }

    @Override
    public void close() {
        closing = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
