package org.imstb.common.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.ListeningPoint;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.Hop;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryExt;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.imstb.common.dns.SipServerLocator;
import org.imstb.common.node.Metrics;
import org.imstb.common.node.Readiness;
import org.imstb.common.sip.parse.FastMessageParser;
import org.imstb.common.sip.parse.FastMessageParserFactory;
import org.imstb.common.sip.trace.SipTraceLogger;
import org.imstb.common.sip.trace.Slf4jStackLogger;
import org.imstb.common.trace.MessageObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's SIP stack: one JAIN-SIP RI stack with one provider listening on every configured transport on the same
 * address and port, the factories, and message tracing into the node's {@link MessageObserver}. The default (blocking)
 * message processors are used: the NIO one loses outgoing TCP requests in this JAIN-SIP version.
 */
public final class SipEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SipEndpoint.class);
    private static final AtomicInteger STACKS = new AtomicInteger();

    private final SipConfig config;
    private final String nodeName;
    private final MessageObserver observer;
    private final boolean dialogs;
    private final HeaderFactoryExt headers = new HeaderFactoryImpl();
    private final AddressFactory addresses = new AddressFactoryImpl();
    private final MessageFactory messages = new MessageFactoryImpl();
    private final List<ListeningPoint> listening = new ArrayList<>();
    private String stackName;
    private SipStackImpl stack;
    private SipProvider provider;
    private volatile SipServerLocator locator;
    private int port;

    /**
     * @param config   where to listen
     * @param nodeName the node (for traces and the stack's name)
     * @param observer records every message sent and received
     * @param dialogs  true for user agents (the stack keeps dialogs); false for proxies
     */
    public SipEndpoint(SipConfig config, String nodeName, MessageObserver observer, boolean dialogs) {
        this.config = config;
        this.nodeName = nodeName;
        this.observer = observer;
        this.dialogs = dialogs;
    }

    /** Binds the sockets and starts delivering messages to {@code listener}. */
    public synchronized void start(SipListener listener) throws Exception {
        stackName = nodeName + "-sip-" + STACKS.incrementAndGet();
        SipTraceLogger.bind(stackName, nodeName, observer);
        if (config.dns() != null) {
            locator = SipServerLocator.create(config.dns());
            LocatingRouter.bind(stackName, locator);
        }
        stack = new SipStackImpl(properties());
        port = config.port() == 0 ? SipPorts.free(config.address()) : config.port();
        for (String transport : config.transports()) {
            ListeningPoint lp;
            try {
                lp = stack.createListeningPoint(config.address(), port, transport);
            } catch (javax.sip.InvalidArgumentException | javax.sip.TransportNotSupportedException e) {
                throw new java.io.IOException("SIP cannot listen on [" + config.address() + "]:" + port + " "
                        + transport + " (port in use or address not on this host)", e);
            }
            port = lp.getPort();
            listening.add(lp);
            if (provider == null) {
                provider = stack.createSipProvider(lp);
            } else {
                provider.addListeningPoint(lp);
            }
        }
        provider.addSipListener(listener);
        stack.start();
        LOG.info("SIP listening on [{}]:{} {} as {}", config.address(), port, config.transports(), config.uriHost());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", stackName);
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", dialogs ? "on" : "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", SipTraceLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "true");
        p.setProperty(Slf4jStackLogger.TRACE_PROPERTY, Boolean.toString(observer != MessageObserver.NONE));
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(config.threads()));
        // JAIN-SIP's default UDP buffers (the kernel's 208 KiB) overflow under call bursts: the dropped datagrams come
        // back as retransmissions seconds later (Udp6RcvbufErrors grew during `imstb bench call`). The kernel caps
        // these at net.core.rmem_max / wmem_max.
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER));
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_SIZE));
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        // "Normal" (what AGGRESSIVE_CLEANUP=true selects) encodes every completed transaction's request to bytes and
        // parses them again when the transaction ends, only to drop the result: a parse and an encode per transaction
        // for nothing (a tenth of a CSCF's CPU in `imstb bench register`). "Aggressive" drops the request at once;
        // Transaction.getRequest() then answers null for a completed non-INVITE transaction, so nodes keep what they
        // need from a request while it is being handled.
        p.setProperty("gov.nist.javax.sip.RELEASE_REFERENCES_STRATEGY", "Aggressive");
        p.setProperty("javax.sip.ROUTER_PATH", LocatingRouter.class.getName());
        if (!"false".equals(System.getProperty(FAST_PARSER_PROPERTY))) {
            p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", FastMessageParserFactory.class.getName());
        }
        return p;
    }

    /**
     * The largest SIP message a node takes (JAIN-SIP {@code MAX_MESSAGE_SIZE}: over TCP a longer body is refused and
     * the connection closed; over UDP a longer datagram is cut off and fails to parse). JAIN-SIP allocates a receive
     * buffer of this size for every datagram: at 64 KiB a registration run allocated hundreds of MB/s per node and the
     * P-CSCF spent a third of its CPU in full GCs. RFC 3261 §18.1.1 sends anything over 1,300 bytes by TCP anyway.
     */
    public static final int MAX_MESSAGE_SIZE = 16 * 1024;

    /**
     * JVM system property that turns the fast path of the message parser off when set to {@code false}
     * ({@link org.imstb.common.sip.parse.FastMessageParser}; JAIN-SIP's own parser then reads every message).
     */
    public static final String FAST_PARSER_PROPERTY = "imstb.sip.fastParser";

    /**
     * Exports how this JVM's stacks parsed what they received: gauges {@code imstb_sip_parsed_fast} (the fast path)
     * and {@code imstb_sip_parsed_handed_on} (whole messages left to JAIN-SIP's parser: unusual or malformed ones).
     */
    public static void parserMetrics(Metrics metrics) {
        metrics.gauge("imstb_sip_parsed_fast", "SIP messages parsed on the fast path",
                FastMessageParser::fastCount);
        metrics.gauge("imstb_sip_parsed_handed_on", "SIP messages handed whole to JAIN-SIP's parser",
                FastMessageParser::handedOnCount);
    }

    /** Socket buffer size asked for each UDP listening point. */
    static final int UDP_BUFFER = 4 * 1024 * 1024;

    /** Closes the sockets; pending transactions are abandoned. */
    public synchronized void stop() {
        if (stack != null) {
            try {
                stack.stop();
            } catch (RuntimeException e) {
                // JAIN-SIP's UDP processor can trip over its own thread list when stopped right after a failed start
                LOG.warn("SIP stack did not stop cleanly: {}", e.toString());
            }
            stack = null;
            SipTraceLogger.unbind(stackName);
            LocatingRouter.unbind(stackName);
            LOG.info("SIP stopped");
        }
    }

    public Readiness readiness() {
        return stack == null ? Readiness.notReady("sip: not started")
                : Readiness.ok("sip: listening on port " + port + " " + config.transports());
    }

    /** The provider for sending (all transports). */
    public SipProvider provider() {
        return provider;
    }

    public HeaderFactoryExt headers() {
        return headers;
    }

    public AddressFactory addresses() {
        return addresses;
    }

    public MessageFactory messages() {
        return messages;
    }

    public SipConfig config() {
        return config;
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return port;
    }

    /**
     * A URI of this node, {@code sip:[user@]host:port[;lr]}.
     *
     * @param user the user part, or null
     * @param lr   adds the loose-routing parameter (for Route, Record-Route, Path, Service-Route)
     */
    public SipURI uri(String user, boolean lr) {
        try {
            SipURI uri = addresses.createSipURI(user, config.uriHost());
            uri.setPort(port);
            if (lr) {
                uri.setLrParam();
            }
            return uri;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("bad host " + config.host(), e);
        }
    }

    /**
     * An out-of-dialog request from this endpoint: From with {@code fromTag}, To without tag, Max-Forwards 70 and our
     * Via for {@code transport} (the stack sets the branch). Callers that add Route headers afterwards may replace
     * the Via with {@link #viaFor} once the next hop is known.
     */
    public Request newRequest(URI target, String method, CallIdHeader callId, long cseq, Address from,
            String fromTag, Address to, String transport) throws java.text.ParseException,
            javax.sip.InvalidArgumentException {
        return messages.createRequest(target, method, callId, headers.createCSeqHeader(cseq, method),
                headers.createFromHeader(from, fromTag), headers.createToHeader(to, null),
                new ArrayList<>(List.of(headers.createViaHeader(config.viaHost(), port, transport, null))),
                headers.createMaxForwardsHeader(70));
    }

    /**
     * Our Via for {@code request} as it is about to leave: the transport the router picks for its next hop (top loose
     * Route, else Request-URI); {@code branch} null lets the stack choose one.
     */
    public ViaHeader viaFor(Request request, String branch) throws javax.sip.SipException, java.text.ParseException,
            javax.sip.InvalidArgumentException {
        Hop hop = provider.getSipStack().getRouter().getNextHop(request);
        String transport = hop == null || hop.getTransport() == null ? "udp" : hop.getTransport();
        return headers.createViaHeader(config.viaHost(), port, transport, branch);
    }

    /**
     * The addresses of {@code host}: AAAA records through the node's DNS client when it has one, else (or when DNS
     * has none) the JVM resolver (the lab's hosts file); empty when it cannot be resolved. Blocking; callers cache.
     */
    public List<java.net.InetAddress> addressesOf(String host) {
        List<java.net.InetAddress> out = new ArrayList<>();
        if (locator != null) {
            try {
                out.addAll(locator.addresses(host));
            } catch (RuntimeException e) {
                LOG.debug("AAAA lookup of {} failed: {}", host, e.toString());
            }
        }
        if (out.isEmpty()) {
            try {
                out.addAll(List.of(java.net.InetAddress.getAllByName(host)));
            } catch (java.net.UnknownHostException e) {
                LOG.debug("cannot resolve {}", host);
            }
        }
        return out;
    }

    /** True if {@code uri} names this node (host name or listen address, and our port). */
    public boolean isOwn(javax.sip.address.URI uri) {
        if (!(uri instanceof SipURI s)) {
            return false;
        }
        int p = s.getPort() <= 0 ? 5060 : s.getPort();
        String h = s.getHost();
        String bare = h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
        return p == port && (bare.equalsIgnoreCase(config.host()) || bare.equalsIgnoreCase(config.address())
                || h.equalsIgnoreCase(config.uriHost()));
    }
}
