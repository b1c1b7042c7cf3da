package org.imstb.dnsdhcp.dhcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.imstb.common.node.Metrics;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Codec;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6DecodeException;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Message;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Option;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.MessageType;
import org.imstb.dnsdhcp.dhcp.codec.OptionCode;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the answer to each client message (RFC 8415 §16 validation, §18.3 server behaviour); no I/O. Messages
 * that fail validation are dropped and counted in {@code imstb_dhcp_dropped_total{reason}}; answered ones in
 * {@code imstb_dhcp_messages_total{direction,type}}. Stateful exchanges are in {@link StatefulReplies}.
 */
public final class Dhcp6Server {
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp6Server.class);
    /** The options this server can give, in the order written. */
    private static final int[] INFO_OPTIONS = {OptionCode.SIP_SERVER_D, OptionCode.SIP_SERVER_A,
        OptionCode.DNS_SERVERS, OptionCode.DOMAIN_LIST};

    private final ServerSettings settings;
    private final Metrics metrics;
    private final StatefulReplies stateful;

    /** A server; {@code pool} may be null (no addresses to give). */
    public Dhcp6Server(ServerSettings settings, LeasePool pool, Metrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.stateful = new StatefulReplies(settings, pool);
        metrics.describe("imstb_dhcp_messages_total", "DHCPv6 messages received and sent, by type");
        metrics.describe("imstb_dhcp_dropped_total", "DHCPv6 messages dropped, by reason");
    }

    /** The wire reply to a datagram, or empty when it is dropped. Never throws. */
    public Optional<byte[]> handle(byte[] data, int length) {
        Dhcp6Message in;
        try {
            in = Dhcp6Codec.decode(data, 0, length);
        } catch (Dhcp6DecodeException e) {
            drop("malformed", e.getMessage());
            return Optional.empty();
        }
        try {
            return handle(in).map(Dhcp6Codec::encode);
        } catch (Dhcp6DecodeException e) {
            drop("malformed", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("DHCPv6 {} could not be answered", in, e);
            drop("error", e.toString());
        }
        return Optional.empty();
    }

    /** The reply to a decoded message, or empty when it is dropped. */
    public Optional<Dhcp6Message> handle(Dhcp6Message in) throws Dhcp6DecodeException {
        metrics.increment("imstb_dhcp_messages_total", "direction", "in", "type", MessageType.name(in.type()));
        Optional<Dhcp6Message> out = switch (in.type()) {
            case MessageType.INFORMATION_REQUEST -> informationRequest(in);
            case MessageType.SOLICIT -> checked(in, false) ? stateful.solicit(in, replyOptions(in)) : Optional.empty();
            case MessageType.REQUEST, MessageType.RENEW, MessageType.RELEASE, MessageType.DECLINE ->
                    checked(in, true) ? stateful.reply(in, replyOptions(in)) : Optional.empty();
            case MessageType.REBIND, MessageType.CONFIRM -> {
                if (!checked(in, false)) {
                    yield Optional.empty();
                }
                Optional<Dhcp6Message> r = stateful.reply(in, replyOptions(in));
                if (r.isEmpty()) {
                    drop("no-addresses", MessageType.name(in.type()) + " without addresses");
                }
                yield r;
            }
            default -> {
                drop("unexpected-type", MessageType.name(in.type()));
                yield Optional.empty();
            }
        };
        out.ifPresent(m -> metrics.increment("imstb_dhcp_messages_total", "direction", "out", "type",
                MessageType.name(m.type())));
        return out;
    }

    /**
     * RFC 8415 §16: a Client Identifier is required; a Server Identifier is required and must be ours when
     * {@code serverIdRequired}, and must be absent otherwise.
     */
    private boolean checked(Dhcp6Message in, boolean serverIdRequired) {
        if (!in.has(OptionCode.CLIENTID)) {
            return drop("no-client-id", MessageType.name(in.type()));
        }
        Optional<Dhcp6Option> sid = in.option(OptionCode.SERVERID);
        if (serverIdRequired && (sid.isEmpty() || !ours(sid.get()))) {
            return drop("not-for-us", MessageType.name(in.type()));
        }
        if (!serverIdRequired && sid.isPresent()) {
            return drop("server-id-present", MessageType.name(in.type()));
        }
        return true;
    }

    /** RFC 8415 §16.12 and §18.3.6. */
    private Optional<Dhcp6Message> informationRequest(Dhcp6Message in) throws Dhcp6DecodeException {
        Optional<Dhcp6Option> sid = in.option(OptionCode.SERVERID);
        if (sid.isPresent() && !ours(sid.get())) {
            drop("not-for-us", "INFORMATION-REQUEST");
            return Optional.empty();
        }
        if (in.has(OptionCode.IA_NA) || in.has(OptionCode.IA_TA) || in.has(OptionCode.IA_PD)) {
            drop("ia-in-information-request", "INFORMATION-REQUEST");
            return Optional.empty();
        }
        List<Dhcp6Option> out = new ArrayList<>();
        out.add(Options.serverId(settings.duid()));
        in.option(OptionCode.CLIENTID).ifPresent(out::add);
        out.addAll(replyOptions(in));
        return Optional.of(new Dhcp6Message(MessageType.REPLY, in.transactionId(), out));
    }

    /** Options 21..24 that are configured and asked for (all configured ones when the client sent no ORO). */
    List<Dhcp6Option> replyOptions(Dhcp6Message in) throws Dhcp6DecodeException {
        Optional<Dhcp6Option> oro = in.option(OptionCode.ORO);
        List<Integer> asked = oro.isPresent() ? Options.oro(oro.get()) : null;
        List<Dhcp6Option> out = new ArrayList<>();
        for (int code : INFO_OPTIONS) {
            if (asked != null && !asked.contains(code)) {
                continue;
            }
            Dhcp6Option o = switch (code) {
                case OptionCode.SIP_SERVER_D -> settings.sipServerNames().isEmpty() ? null
                        : Options.domainNames(code, settings.sipServerNames());
                case OptionCode.SIP_SERVER_A -> settings.sipServerAddresses().isEmpty() ? null
                        : Options.addresses(code, settings.sipServerAddresses());
                case OptionCode.DNS_SERVERS -> settings.dnsServers().isEmpty() ? null
                        : Options.addresses(code, settings.dnsServers());
                default -> settings.searchList().isEmpty() ? null : Options.domainNames(code, settings.searchList());
            };
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private boolean ours(Dhcp6Option serverId) {
        return Arrays.equals(serverId.data(), settings.duid());
    }

    private boolean drop(String reason, String detail) {
        metrics.increment("imstb_dhcp_dropped_total", "reason", reason);
        LOG.debug("DHCPv6 dropped ({}): {}", reason, detail);
        return false;
    }

    /** The server DUID in hex. */
    public String duidHex() {
        return Duid.hex(settings.duid());
    }
}
