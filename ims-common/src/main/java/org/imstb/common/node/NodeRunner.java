package org.imstb.common.node;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.imstb.common.config.YamlLoader;
import org.imstb.common.trace.JsonLinesTraceWriter;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.hep.HepExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one node as the process's only job: reads its YAML, writes the resolved configuration and pid into the run
 * directory, serves the management endpoint, starts the node and stops it cleanly on SIGTERM/SIGINT.
 */
public final class NodeRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NodeRunner.class);

    private NodeRunner() {
    }

    /** Starts the node and blocks until the JVM is asked to stop. Returns the process exit code. */
    public static int run(String kindName, Path configFile) throws Exception {
        NodeKind<?> kind = NodeKinds.find(kindName);
        Running running = start(kind, configFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "node-shutdown"));
        stopped.await();
        return 0;
    }

    /** Starts a node in this JVM (also used by tests and benchmarks); close the result to stop it. */
    public static <C extends NodeConfig> Running start(NodeKind<C> kind, Path configFile) throws Exception {
        YamlLoader.Named<C> named = YamlLoader.loadNamed(configFile, kind.configType());
        C config = named.value();
        String name = named.name();
        Path runDir = configFile.toAbsolutePath().getParent();
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(name + ".resolved.yaml"),
                YamlLoader.mapper().writeValueAsString(java.util.Map.of(name, config)), StandardCharsets.UTF_8);
        Files.writeString(runDir.resolve(name + ".pid"), ProcessHandle.current().pid() + "\n");

        Metrics metrics = new Metrics();
        List<AutoCloseable> sinks = new ArrayList<>();
        MessageObserver observer = observer(config.trace(), name, runDir, metrics, sinks);
        NodeContext context = new NodeContext(name, kind.name(), runDir, observer, metrics);
        Node node = kind.create(context, config);
        ManagementServer mgmt = new ManagementServer(config.management(), node::readiness, metrics,
                node.managementHandlers());
        Files.writeString(runDir.resolve(name + ".mgmt"), mgmt.port() + "\n");
        Running running = new Running(name, node, mgmt, sinks);
        try {
            node.start();
        } catch (Exception e) {
            running.close();
            throw e;
        }
        LOG.info("{} ({}) started; management on port {}", name, kind.name(), mgmt.port());
        return running;
    }

    /**
     * The node's message observer: the JSON-lines trace file if {@code trace.enabled}, HEP export if {@code trace.hep}
     * is set, both, or none. What must be closed on stop is added to {@code sinks}.
     */
    static MessageObserver observer(TraceConfig trace, String name, Path runDir, Metrics metrics,
            List<AutoCloseable> sinks) {
        MessageObserver observer = MessageObserver.NONE;
        if (trace.enabled()) {
            JsonLinesTraceWriter writer = new JsonLinesTraceWriter(
                    runDir.resolve(trace.file() != null ? trace.file() : name + ".trace.jsonl"));
            sinks.add(writer);
            observer = writer;
        }
        if (trace.hep() != null) {
            HepExporter hep = new HepExporter(trace.hep(), name, metrics);
            sinks.add(hep);
            observer = observer == MessageObserver.NONE ? hep : observer.and(hep);
        }
        return observer;
    }

    /** A started node with its management endpoint and trace sinks (trace file, HEP export). */
    public static final class Running implements AutoCloseable {
        private final String name;
        private final Node node;
        private final ManagementServer mgmt;
        private final List<AutoCloseable> sinks;
        private boolean closed;

        Running(String name, Node node, ManagementServer mgmt, List<AutoCloseable> sinks) {
            this.name = name;
            this.node = node;
            this.mgmt = mgmt;
            this.sinks = List.copyOf(sinks);
        }

        public Node node() {
            return node;
        }

        public int managementPort() {
            return mgmt.port();
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            LOG.info("{} stopping", name);
            node.stop();
            mgmt.close();
            for (AutoCloseable sink : sinks) {
                try {
                    sink.close();
                } catch (Exception e) {
                    LOG.warn("{}: closing {}: {}", name, sink.getClass().getSimpleName(), e.toString());
                }
            }
            LOG.info("{} stopped", name);
        }
    }
}
