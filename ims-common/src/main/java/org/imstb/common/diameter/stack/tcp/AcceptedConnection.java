package org.imstb.common.diameter.stack.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Command;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.Message;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.api.io.IConnection;
import org.jdiameter.client.api.io.IConnectionListener;
import org.jdiameter.client.api.io.TransportError;
import org.jdiameter.client.api.io.TransportException;
import org.jdiameter.client.api.parser.IMessageParser;
import org.jdiameter.client.api.parser.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Diameter connection a peer opened to us, in place of jDiameter's TCP connection, with what that one lacks:
 * <ul>
 * <li>the first message must be a CER; {@link PeerAdmission} decides on it before jDiameter sees the connection,
 * so that a refused peer gets a CEA (3010 DIAMETER_UNKNOWN_PEER, 5005 DIAMETER_MISSING_AVP) before we close;</li>
 * <li>every message is framed by its Message Length and checked by {@link FrameCheck}: a request whose lengths are
 * inconsistent is answered 5014 DIAMETER_INVALID_AVP_LENGTH or 5015 DIAMETER_INVALID_MESSAGE_LENGTH and never
 * reaches jDiameter's parser; a message that cannot be framed (version not 1, length below 20 or above
 * {@link FrameCheck#MAX_MESSAGE}) closes the connection;</li>
 * <li>the first message after the CER is held until jDiameter has opened the peer: its per-peer state machine runs
 * on several threads and would otherwise drop a request or DPR that arrives right after our CEA;</li>
 * <li>whole messages are written under one lock, so answers from several worker threads never interleave.</li>
 * </ul>
 * Base-protocol messages and the answers written here are reported to the stack's {@link TransportObserver}.
 */
public final class AcceptedConnection implements IConnection {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptedConnection.class);
    private static final int MAX_PENDING = 64;
    private static final long DRAIN_MS = 2000;
    private static final long OPEN_WAIT_MS = 2000;

    private enum Kind { MESSAGE, DISCONNECTED, ERROR }

    private record Event(Kind kind, IMessage message, Exception error) {
    }

    private final SocketChannel channel;
    private final InetSocketAddress remote;
    private final String key;
    private final IMessageParser parser;
    private final PeerAdmission admission;
    private final TransportObserver observer;
    private final Consumer<AcceptedConnection> onAdmitted;
    private final long created = System.currentTimeMillis();
    private final List<IConnectionListener> listeners = new CopyOnWriteArrayList<>();
    /** Events that came while no listener was registered (guarded by this). */
    private final List<Event> pending = new ArrayList<>();
    private final Object writeLock = new Object();
    private volatile boolean admitted;
    private volatile String peer;
    private boolean endOfStream;
    /** Whether jDiameter was seen to open the peer after its CER (reader thread only). */
    private boolean opened;

    /**
     * @param channel    the accepted socket (blocking mode)
     * @param onAdmitted called once the CER is admitted, before the CER is delivered: hands the connection to
     *                   jDiameter, which registers its listener
     */
    AcceptedConnection(SocketChannel channel, IMessageParser parser, PeerAdmission admission,
            TransportObserver observer, Consumer<AcceptedConnection> onAdmitted) throws IOException {
        this.channel = channel;
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
        this.key = "aaa://" + remote.getAddress().getHostAddress() + ":" + remote.getPort();
        this.parser = parser;
        this.admission = admission;
        this.observer = observer;
        this.onAdmitted = onAdmitted;
        this.peer = "[" + remote.getAddress().getHostAddress() + "]:" + remote.getPort();
    }

    /** Starts reading. */
    void start() {
        Thread t = new Thread(this::readLoop, "diameter-conn-" + remote.getPort());
        t.setDaemon(true);
        t.start();
    }

    private void readLoop() {
        boolean drain = false;
        try {
            while (true) {
                byte[] m = readMessage();
                if (m == null || !handle(m)) {
                    drain = m != null || !endOfStream;
                    break;
                }
            }
        } catch (ClosedChannelException e) {
            LOG.debug("{}: connection closed", peer);
        } catch (IOException e) {
            LOG.debug("{}: {}", peer, e.toString());
        } catch (RuntimeException e) {
            LOG.error("{}: reading failed; closing the connection", peer, e);
        } finally {
            if (drain) {
                drainAndClose();
            } else {
                close();
            }
            deliver(new Event(Kind.DISCONNECTED, null, null));
        }
    }

    /**
     * Closes on our side when we give up on the peer: our FIN goes after what we sent (e.g. the CEA), and what the
     * peer still sends is read and dropped for up to {@link #DRAIN_MS} ms, so that the close is not a reset that
     * could destroy our last answer before the peer reads it.
     */
    private void drainAndClose() {
        CompletableFuture.delayedExecutor(DRAIN_MS, TimeUnit.MILLISECONDS).execute(this::close);
        try {
            channel.shutdownOutput();
            ByteBuffer sink = ByteBuffer.allocate(4096);
            while (channel.read(sink) >= 0) {
                sink.clear();
            }
        } catch (IOException e) {
            LOG.debug("{}: closing: {}", peer, e.toString());
        } finally {
            close();
        }
    }

    /** The next message framed by its Message Length, or null at the end of the stream or when it cannot be framed. */
    private byte[] readMessage() throws IOException {
        ByteBuffer first = ByteBuffer.allocate(4);
        if (!readFully(first)) {
            if (first.position() > 0) {
                LOG.warn("{}: connection closed inside a Diameter header", peer);
            }
            return null;
        }
        int word = first.getInt(0);
        String unframeable = FrameCheck.unframeable(word);
        if (unframeable != null) {
            LOG.warn("{}: cannot frame a Diameter message ({}); closing the connection", peer, unframeable);
            return null;
        }
        byte[] m = new byte[word & 0xFFFFFF];
        System.arraycopy(first.array(), 0, m, 0, 4);
        if (!readFully(ByteBuffer.wrap(m, 4, m.length - 4))) {
            LOG.warn("{}: connection closed inside a {}-octet Diameter message", peer, m.length);
            return null;
        }
        return m;
    }

    private boolean readFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                endOfStream = true;
                return false;
            }
        }
        return true;
    }

    /** Handles one framed message; false to close the connection. */
    private boolean handle(byte[] m) {
        FrameCheck.Problem problem = FrameCheck.check(m);
        if (!admitted) {
            return admit(m, problem);
        }
        if (problem != null) {
            answerLengthError(problem);
            return channel.isOpen();
        }
        IMessage msg;
        try {
            msg = parser.createMessage(ByteBuffer.wrap(m));
        } catch (AvpDataException e) {
            LOG.warn("{}: undecodable message discarded: {}", peer, e.toString());
            deliver(new Event(Kind.ERROR, null, e));
            return true;
        }
        if (baseProtocol(msg)) {
            observer.message(msg, true, peer);
        }
        if (!opened) {
            opened = true;
            if (!observer.awaitOpen(peer, OPEN_WAIT_MS)) {
                LOG.debug("{}: peer not open {} ms after its CER", peer, OPEN_WAIT_MS);
            }
        }
        deliver(new Event(Kind.MESSAGE, msg, null));
        return true;
    }

    /** The first message: a CER that {@link PeerAdmission} admits, or the connection closes. */
    private boolean admit(byte[] m, FrameCheck.Problem problem) {
        if (problem != null) {
            LOG.warn("{}: first message has inconsistent lengths ({}); closing the connection", peer,
                    problem.detail());
            return false;
        }
        IMessage cer;
        try {
            cer = parser.createMessage(ByteBuffer.wrap(m));
        } catch (AvpDataException e) {
            LOG.warn("{}: undecodable first message ({}); closing the connection", peer, e.toString());
            return false;
        }
        if (!cer.isRequest() || cer.getCommandCode() != Command.CER.code()) {
            LOG.warn("{}: first message is {}, not a CER; closing the connection", peer,
                    DiameterText.commandName(cer));
            return false;
        }
        PeerAdmission.Decision d = admission.decide(parser, cer);
        if (d.originHost() != null) {
            peer = d.originHost();
        }
        observer.message(cer, true, peer);
        if (!d.admitted()) {
            LOG.warn("CER from {} at [{}]:{} refused: {}", d.originHost(), remote.getAddress().getHostAddress(),
                    remote.getPort(), DiameterText.summary(d.refusal()));
            try {
                sendMessage(d.refusal());
            } catch (TransportException e) {
                LOG.debug("{}: cannot send the CEA: {}", peer, e.toString());
            }
            return false;
        }
        admitted = true;
        LOG.debug("CER from {} at {} admitted", peer, key);
        onAdmitted.accept(this);
        deliver(new Event(Kind.MESSAGE, cer, null));
        return true;
    }

    private void answerLengthError(FrameCheck.Problem p) {
        String command = Command.shortName(p.header().commandCode(), p.header().request());
        command = command == null ? "command " + p.header().commandCode() : command;
        if (!p.header().request()) {
            LOG.warn("{}: {} with inconsistent lengths discarded: {}", peer, command, p.detail());
            return;
        }
        IMessage answer = TransportAnswers.lengthError(parser, p, admission.local());
        LOG.warn("{}: {} answered {}: {}", peer, command, p.result(), p.detail());
        try {
            sendMessage(answer);
            observer.message(answer, false, peer);
        } catch (TransportException e) {
            LOG.warn("{}: cannot answer: {}", peer, e.toString());
            close();
        }
    }

    private static boolean baseProtocol(Message m) {
        int c = m.getCommandCode();
        return m.getApplicationId() == 0
                && (c == Command.CER.code() || c == Command.DWR.code() || c == Command.DPR.code());
    }

    private void deliver(Event e) {
        synchronized (this) {
            if (listeners.isEmpty()) {
                if (pending.size() < MAX_PENDING) {
                    pending.add(e);
                } else {
                    LOG.warn("{}: no listener; event {} dropped", peer, e.kind());
                }
                return;
            }
            for (IConnectionListener l : listeners) {
                dispatch(l, e);
            }
        }
    }

    private void dispatch(IConnectionListener l, Event e) {
        switch (e.kind()) {
            case MESSAGE -> l.messageReceived(key, e.message());
            case DISCONNECTED -> l.connectionClosed(key, null);
            case ERROR -> l.internalError(key, null,
                    new TransportException("undecodable message", TransportError.ReceivedBrokenMessage, e.error()));
            default -> throw new IllegalStateException(e.kind().name());
        }
    }

    @Override
    public void addConnectionListener(IConnectionListener listener) {
        synchronized (this) {
            if (!listeners.contains(listener)) {
                listeners.add(listener);
            }
            if (!pending.isEmpty()) {
                List<Event> replay = new ArrayList<>(pending);
                pending.clear();
                for (Event e : replay) {
                    for (IConnectionListener l : listeners) {
                        dispatch(l, e);
                    }
                }
            }
        }
    }

    @Override
    public void remConnectionListener(IConnectionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void remAllConnectionListener() {
        listeners.clear();
    }

    @Override
    public void sendMessage(IMessage message) throws TransportException {
        ByteBuffer bytes;
        try {
            bytes = parser.encodeMessage(message);
        } catch (ParseException e) {
            throw new TransportException("cannot encode " + DiameterText.commandName(message),
                    TransportError.FailedSendMessage, e);
        }
        try {
            synchronized (writeLock) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new TransportException("cannot send " + DiameterText.commandName(message) + " to " + peer,
                    TransportError.FailedSendMessage, e);
        }
        if (baseProtocol(message)) {
            observer.message(message, false, peer);
        }
    }

    private void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("{}: close: {}", peer, e.toString());
        }
    }

    @Override
    public void connect() throws TransportException {
        throw new TransportException("a connection the peer opened cannot be reopened by us",
                TransportError.NetWorkError);
    }

    @Override
    public void disconnect() {
        close();
    }

    @Override
    public void release() {
        close();
        listeners.clear();
        synchronized (this) {
            pending.clear();
        }
    }

    @Override
    public long getCreatedTime() {
        return created;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public boolean isNetworkInitiated() {
        return false;
    }

    @Override
    public boolean isConnected() {
        return channel.isOpen() && channel.isConnected();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return remote.getAddress();
    }

    @Override
    public int getRemotePort() {
        return remote.getPort();
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return null;
    }

    @Override
    public String toString() {
        return "AcceptedConnection[" + peer + " " + key + (admitted ? "" : ", before CER") + "]";
    }
}
