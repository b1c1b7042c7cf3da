package org.imstb.common.diameter.stack.tcp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Message;
import org.jdiameter.api.Peer;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.api.parser.IMessageParser;

/**
 * The answers the transport writes itself, before or instead of jDiameter: a CEA refusing a CER, and the answer to a
 * request whose lengths are inconsistent. Built with our dictionary and {@link AvpWriter}; no I/O.
 */
public final class TransportAnswers {
    private TransportAnswers() {
    }

    /** Who we are, as CEA and error answers say it (jDiameter's local peer). */
    public record LocalIdentity(String identity, String realm, List<InetAddress> addresses, long vendorId,
            String productName, long firmware) {
        public static LocalIdentity of(Peer local) {
            return new LocalIdentity(local.getUri().getFQDN(), local.getRealmName(),
                    List.of(local.getIPAddresses()), local.getVendorId(), local.getProductName(),
                    local.getFirmware());
        }
    }

    /**
     * A CEA refusing {@code cer} (RFC 6733 §5.3.2): Result-Code, Origin-Host, Origin-Realm, Host-IP-Address,
     * Vendor-Id, Product-Name, Error-Message, Failed-AVP when {@code failed} is not null, Firmware-Revision; the E bit
     * for a protocol error (3xxx, e.g. 3010 DIAMETER_UNKNOWN_PEER).
     */
    public static IMessage capabilitiesRefused(IMessageParser parser, Message cer, LocalIdentity local,
            DiameterResult result, String error, AvpDef failed) {
        IMessage cea = parser.createEmptyMessage(Command.CER.code(), 0);
        cea.setRequest(false);
        cea.setHopByHopIdentifier(cer.getHopByHopIdentifier());
        cea.setEndToEndIdentifier(cer.getEndToEndIdentifier());
        cea.setError(protocolError(result));
        AvpWriter w = new AvpWriter(cea.getAvps())
                .u32(Avps.RESULT_CODE, result.code())
                .text(Avps.ORIGIN_HOST, local.identity())
                .text(Avps.ORIGIN_REALM, local.realm());
        for (InetAddress a : local.addresses()) {
            w.octets(Avps.HOST_IP_ADDRESS, address(a));
        }
        w.u32(Avps.VENDOR_ID, local.vendorId())
                .text(Avps.PRODUCT_NAME, local.productName())
                .text(Avps.ERROR_MESSAGE, error);
        if (failed != null) {
            w.group(Avps.FAILED_AVP, f -> Answers.emptyValue(f, failed));
        }
        w.u32(Avps.FIRMWARE_REVISION, local.firmware());
        return cea;
    }

    /**
     * The answer to a request whose lengths are inconsistent: 5015 DIAMETER_INVALID_MESSAGE_LENGTH or 5014
     * DIAMETER_INVALID_AVP_LENGTH, with the request's header (command, application, identifiers), its Session-Id if
     * it was readable, Origin-Host, Origin-Realm, Error-Message and, for 5014, Failed-AVP holding the AVP at fault
     * (inside the grouped AVPs that contain it) with an empty value of its type (RFC 6733 §7.1.5, §7.5).
     */
    public static IMessage lengthError(IMessageParser parser, FrameCheck.Problem p, LocalIdentity local) {
        FrameCheck.Header h = p.header();
        IMessage request = parser.createEmptyMessage(h.commandCode(), h.applicationId());
        request.setRequest(true);
        request.setProxiable(h.proxiable());
        request.setHopByHopIdentifier(h.hopByHop());
        request.setEndToEndIdentifier(h.endToEnd());
        if (p.sessionId() != null) {
            new AvpWriter(request.getAvps()).text(Avps.SESSION_ID, p.sessionId());
        }
        Answer a = Answers.answer(request, p.result(), w -> {
            w.text(Avps.ORIGIN_HOST, local.identity())
                    .text(Avps.ORIGIN_REALM, local.realm())
                    .text(Avps.ERROR_MESSAGE, p.detail());
            if (!p.failedAvp().isEmpty()) {
                w.group(Avps.FAILED_AVP, f -> nested(f, p.failedAvp(), 0));
            }
        });
        return (IMessage) a;
    }

    /** The path to the AVP at fault: each grouped AVP holding only the next one, the last with an empty value. */
    private static void nested(AvpWriter w, List<FrameCheck.AvpHeader> path, int i) {
        AvpDef def = path.get(i).def();
        if (i == path.size() - 1) {
            Answers.emptyValue(w, def);
        } else {
            Consumer<AvpWriter> inner = g -> nested(g, path, i + 1);
            w.group(def, inner);
        }
    }

    /** 3xxx results are protocol errors: the E bit is set (RFC 6733 §7.1.3). */
    private static boolean protocolError(DiameterResult r) {
        return r.code() >= 3000 && r.code() < 4000;
    }

    /** An Address value (RFC 6733 §4.3.1): the IANA address family (1 IPv4, 2 IPv6) and the address. */
    static byte[] address(InetAddress a) {
        byte[] raw = a.getAddress();
        return ByteBuffer.allocate(2 + raw.length).putShort((short) (a instanceof Inet6Address ? 2 : 1)).put(raw)
                .array();
    }
}
