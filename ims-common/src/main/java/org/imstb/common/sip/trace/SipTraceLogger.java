package org.imstb.common.sip.trace;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.SipStack;
import javax.sip.header.ViaHeader;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

import org.imstb.common.trace.Direction;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceClock;
import org.imstb.common.trace.TraceRecord;

/**
 * JAIN-SIP's message log hook ({@code gov.nist.javax.sip.SERVER_LOGGER}), turned into {@link TraceRecord}s for the
 * node's {@link MessageObserver}. The stack calls it for every message it sends or receives on any transport,
 * retransmissions included, with the addresses of the socket. The stack instantiates this class by name; it finds
 * its node through {@link #bind}, keyed by stack name.
 */
public final class SipTraceLogger implements ServerLogger {
    private static final Map<String, Binding> BINDINGS = new ConcurrentHashMap<>();

    private volatile Binding binding;

    /** Where the records of the stack named {@code stackName} go. Call before the stack is created. */
    public static void bind(String stackName, String node, MessageObserver observer) {
        BINDINGS.put(stackName, new Binding(node, observer));
    }

    /** Forgets a stack (when it stops). */
    public static void unbind(String stackName) {
        BINDINGS.remove(stackName);
    }

    @Override
    public void setSipStack(SipStack stack) {
        binding = BINDINGS.get(stack.getStackName());
    }

    @Override
    public void setStackProperties(Properties properties) {
        if (binding == null) {
            binding = BINDINGS.get(properties.getProperty("javax.sip.STACK_NAME"));
        }
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        record(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        record(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        record(message, from, to, sender);
    }

    private void record(SIPMessage message, String from, String to, boolean sender) {
        Binding b = binding;
        if (b == null) {
            return;
        }
        b.observer().record(new TraceRecord(TraceClock.nowNs(), b.node(), sender ? Direction.OUT : Direction.IN,
                Protocol.SIP, transport(message), sender ? from : to, sender ? to : from, summary(message),
                message.encode()));
    }

    /** The request line or status line. */
    public static String summary(SIPMessage message) {
        if (message instanceof SIPRequest r) {
            return r.getMethod() + " " + r.getRequestURI();
        }
        SIPResponse r = (SIPResponse) message;
        return r.getStatusCode() + " " + r.getReasonPhrase() + " (" + r.getCSeq().getMethod() + ")";
    }

    private static String transport(SIPMessage message) {
        ViaHeader via = message.getTopmostVia();
        return via == null || via.getTransport() == null ? "UDP" : via.getTransport().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public void closeLogFile() {
    }

    @Override
    public void logException(Exception e) {
    }

    private record Binding(String node, MessageObserver observer) {
    }
}
