package org.imstb.dnsdhcp.dhcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6DecodeException;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Message;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Option;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.IaAddress;
import org.imstb.dnsdhcp.dhcp.codec.IaNa;
import org.imstb.dnsdhcp.dhcp.codec.MessageType;
import org.imstb.dnsdhcp.dhcp.codec.OptionCode;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.imstb.dnsdhcp.dhcp.codec.StatusCode;

/**
 * Replies to the stateful exchanges (RFC 8415 §18.3.1–§18.3.8) for IA_NA: Solicit → Advertise (or Reply with
 * Rapid Commit), Request / Renew / Rebind → Reply with the bound address, Release / Decline → Reply Success,
 * Confirm → Success or NotOnLink. Messages are already validated.
 */
final class StatefulReplies {
    private final ServerSettings settings;
    private final LeasePool pool;

    StatefulReplies(ServerSettings settings, LeasePool pool) {
        this.settings = settings;
        this.pool = pool;
    }

    Optional<Dhcp6Message> solicit(Dhcp6Message in, List<Dhcp6Option> info) throws Dhcp6DecodeException {
        boolean rapid = settings.rapidCommit() && in.has(OptionCode.RAPID_COMMIT);
        String client = clientKey(in);
        List<Dhcp6Option> out = head(in);
        if (rapid) {
            out.add(Options.rapidCommit());
        }
        for (Dhcp6Option o : in.all(OptionCode.IA_NA)) {
            long iaid = IaNa.parse(o).iaid();
            Optional<Lease> lease = pool == null ? Optional.empty()
                    : rapid ? pool.commit(client, iaid) : pool.offer(client, iaid);
            out.add(lease.map(l -> bound(iaid, l)).orElseGet(() -> failed(iaid, StatusCode.NO_ADDRS_AVAIL,
                    "no addresses available")));
        }
        if (!rapid) {
            out.add(Options.preference(settings.preference()));
        }
        out.addAll(info);
        return Optional.of(new Dhcp6Message(rapid ? MessageType.REPLY : MessageType.ADVERTISE, in.transactionId(),
                out));
    }

    Optional<Dhcp6Message> reply(Dhcp6Message in, List<Dhcp6Option> info) throws Dhcp6DecodeException {
        String client = clientKey(in);
        List<Dhcp6Option> out = head(in);
        switch (in.type()) {
            case MessageType.REQUEST, MessageType.RENEW, MessageType.REBIND -> {
                for (Dhcp6Option o : in.all(OptionCode.IA_NA)) {
                    long iaid = IaNa.parse(o).iaid();
                    out.add(binding(in.type(), client, iaid));
                }
            }
            case MessageType.RELEASE, MessageType.DECLINE -> {
                for (Dhcp6Option o : in.all(OptionCode.IA_NA)) {
                    if (pool != null) {
                        pool.release(client, IaNa.parse(o).iaid());
                    }
                }
                out.add(Options.statusCode(StatusCode.SUCCESS,
                        MessageType.name(in.type()).toLowerCase(Locale.ROOT) + " received"));
            }
            case MessageType.CONFIRM -> {
                Optional<Dhcp6Option> status = confirm(in);
                if (status.isEmpty()) {
                    return Optional.empty();
                }
                out.add(status.get());
            }
            default -> throw new IllegalArgumentException("not a stateful request: " + MessageType.name(in.type()));
        }
        out.addAll(info);
        return Optional.of(new Dhcp6Message(MessageType.REPLY, in.transactionId(), out));
    }

    private Dhcp6Option binding(int type, String client, long iaid) {
        if (pool == null) {
            return failed(iaid, StatusCode.NO_ADDRS_AVAIL, "no address pool");
        }
        if (type == MessageType.REQUEST) {
            return pool.commit(client, iaid).map(l -> bound(iaid, l))
                    .orElseGet(() -> failed(iaid, StatusCode.NO_ADDRS_AVAIL, "no addresses available"));
        }
        return pool.renew(client, iaid).map(l -> bound(iaid, l))
                .orElseGet(() -> failed(iaid, StatusCode.NO_BINDING, "no binding for this IA"));
    }

    /** Success when every address the client holds is on this link, NotOnLink otherwise; empty without any. */
    private Optional<Dhcp6Option> confirm(Dhcp6Message in) throws Dhcp6DecodeException {
        int seen = 0;
        boolean onLink = true;
        for (Dhcp6Option o : in.all(OptionCode.IA_NA)) {
            for (IaAddress a : IaNa.parse(o).addresses()) {
                seen++;
                onLink &= pool != null && pool.contains(a.address());
            }
        }
        if (seen == 0) {
            return Optional.empty();
        }
        return Optional.of(onLink ? Options.statusCode(StatusCode.SUCCESS, "all addresses on link")
                : Options.statusCode(StatusCode.NOT_ON_LINK, "not on this link"));
    }

    private List<Dhcp6Option> head(Dhcp6Message in) {
        List<Dhcp6Option> out = new ArrayList<>();
        out.add(Options.serverId(settings.duid()));
        in.option(OptionCode.CLIENTID).ifPresent(out::add);
        return out;
    }

    private Dhcp6Option bound(long iaid, Lease l) {
        long preferred = settings.preferredLifetime();
        IaAddress a = new IaAddress(l.address(), preferred, settings.validLifetime(), List.of());
        return new IaNa(iaid, preferred / 2, preferred * 4 / 5, List.of(a.toOption())).toOption();
    }

    private static Dhcp6Option failed(long iaid, int status, String message) {
        return new IaNa(iaid, 0, 0, List.of(Options.statusCode(status, message))).toOption();
    }

    private static String clientKey(Dhcp6Message in) {
        return Duid.hex(in.option(OptionCode.CLIENTID).orElseThrow().data());
    }
}
