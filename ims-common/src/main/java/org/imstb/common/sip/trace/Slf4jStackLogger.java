package org.imstb.common.sip.trace;

import java.util.Properties;

import gov.nist.core.StackLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's internal log ({@code gov.nist.javax.sip.STACK_LOGGER}) through SLF4J, logger {@code gov.nist.javax.sip}.
 * It reports level {@link #TRACE_MESSAGES} as enabled when the node traces messages (stack property
 * {@value #TRACE_PROPERTY}), so that the stack hands every message to {@link SipTraceLogger}; otherwise the stack
 * skips that work. The stack's own info lines go to SLF4J debug, and its TLS set-up chatter (we do not use TLS) too.
 */
public final class Slf4jStackLogger implements StackLogger {
    /** Stack property: {@code true} when messages are traced. */
    public static final String TRACE_PROPERTY = "org.imstb.sip.TRACE_MESSAGES";
    private static final Logger LOG = LoggerFactory.getLogger("gov.nist.javax.sip");

    private volatile boolean traceMessages;

    @Override
    public boolean isLoggingEnabled() {
        return true;
    }

    @Override
    public boolean isLoggingEnabled(int level) {
        return switch (level) {
            case TRACE_MESSAGES -> traceMessages || LOG.isDebugEnabled();
            case TRACE_DEBUG -> LOG.isDebugEnabled();
            case TRACE_TRACE -> LOG.isTraceEnabled();
            case TRACE_NONE -> false;
            default -> LOG.isWarnEnabled();
        };
    }

    @Override
    public void logStackTrace() {
    }

    @Override
    public void logStackTrace(int level) {
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable t) {
        LOG.warn("SIP stack exception", t);
    }

    @Override
    public void logDebug(String message) {
        LOG.debug(message);
    }

    @Override
    public void logDebug(String message, Exception e) {
        LOG.debug(message, e);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.error(message);
    }

    @Override
    public void logError(String message) {
        LOG.error(message);
    }

    @Override
    public void logError(String message, Exception e) {
        LOG.error(message, e);
    }

    @Override
    public void logWarning(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("tls") || m.contains("keystore") || m.contains("truststore")) {
            LOG.debug(message);
        } else {
            LOG.warn(message);
        }
    }

    @Override
    public void logInfo(String message) {
        LOG.debug(message);
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String timeStamp) {
    }

    @Override
    public void setStackProperties(Properties properties) {
        traceMessages = Boolean.parseBoolean(properties.getProperty(TRACE_PROPERTY, "true"));
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
