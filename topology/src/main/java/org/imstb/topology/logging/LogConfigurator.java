package org.imstb.topology.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logging of every imstb process (launcher and node JVMs), set up in code: one line per event on standard output
 * (a lab runtime sends each node's output to {@code <run dir>/<node>.log}), level {@code IMSTB_LOG_LEVEL} (default
 * INFO), the protocol stacks' chatter held back. Configured in code rather than from a logback.xml because a lab
 * starts a dozen JVMs at once and parsing the XML (Joran) was about 7 % of each node's start-up CPU.
 * {@code -Dlogback.configurationFile=FILE} still replaces all of this with the user's own file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";

    /** Loggers below the root's level: the stacks log every peer event and message at INFO. */
    static final Map<String, Level> QUIET = Map.of(
            "org.jdiameter", Level.WARN,
            "org.jdiameter.common.impl.validation.DictionaryImpl", Level.ERROR,
            "org.jdiameter.server.impl.MutablePeerTableImpl", Level.INFO,
            "gov.nist", Level.WARN,
            "org.h2", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
        out.setContext(context);
        out.setName("OUT");
        out.setEncoder(encoder);
        out.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("IMSTB_LOG_LEVEL"), Level.INFO));
        root.addAppender(out);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
