package org.imstb.common.diameter.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.dict.Vendors;
import org.imstb.common.testing.RawDiameterPeer;
import org.junit.jupiter.api.Test;

/** Length checks on messages as framed on TCP, without sockets. */
class FrameCheckTest {
    /** A UAR: Session-Id, Auth-Session-State, Origin-*, Destination-Realm, User-Name, Public-Identity, VNI. */
    static byte[] uar() {
        return RawDiameterPeer.encode(RawDiameterPeer.request(Command.UAR.code(), Application.CX.id(), true, w -> w
                .text(Avps.SESSION_ID, "raw;1;2")
                .group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, Vendors.TGPP)
                        .u32(Avps.AUTH_APPLICATION_ID, Application.CX.id()))
                .enumerated(Avps.AUTH_SESSION_STATE, 1)
                .text(Avps.ORIGIN_HOST, "icscf.domain1.test").text(Avps.ORIGIN_REALM, "domain1.test")
                .text(Avps.DESTINATION_REALM, "domain1.test")
                .text(Avps.USER_NAME, "alice@domain1.test")
                .text(Avps.PUBLIC_IDENTITY, "sip:alice@domain1.test")
                .octets(Avps.VISITED_NETWORK_IDENTIFIER, "domain1.test".getBytes())));
    }

    /** Offset of the first AVP with {@code code} at the top level. */
    static int offsetOf(byte[] m, int code) {
        int off = FrameCheck.HEADER;
        while (off < m.length) {
            ByteBuffer b = ByteBuffer.wrap(m, off, 8);
            int c = b.getInt();
            int len = b.getInt() & 0xFFFFFF;
            if (c == code) {
                return off;
            }
            off += (len + 3) & ~3;
        }
        throw new AssertionError("no AVP " + code);
    }

    static void setAvpLength(byte[] m, int off, int length) {
        m[off + 5] = (byte) (length >> 16);
        m[off + 6] = (byte) (length >> 8);
        m[off + 7] = (byte) length;
    }

    @Test
    void consistentMessageHasNoProblem() {
        byte[] m = uar();
        assertNull(FrameCheck.unframeable(ByteBuffer.wrap(m).getInt()));
        assertNull(FrameCheck.check(m));
    }

    @Test
    void avpLongerThanTheMessageIs5014WithThatAvp() {
        byte[] m = uar();
        int off = offsetOf(m, Avps.PUBLIC_IDENTITY.code());
        setAvpLength(m, off, 4000);
        FrameCheck.Problem p = FrameCheck.check(m);
        assertNotNull(p);
        assertEquals(DiameterResult.INVALID_AVP_LENGTH, p.result());
        assertEquals(List.of(new FrameCheck.AvpHeader(601, 0xC0, Vendors.TGPP)), p.failedAvp());
        assertEquals("raw;1;2", p.sessionId(), "Session-Id read before the fault");
        assertEquals(Command.UAR.code(), p.header().commandCode());
        assertTrue(p.header().request());
        assertTrue(p.detail().contains("Public-Identity"), p.detail());
    }

    @Test
    void avpShorterThanItsHeaderIs5014() {
        byte[] m = uar();
        int off = offsetOf(m, Avps.USER_NAME.code());
        setAvpLength(m, off, 3);
        FrameCheck.Problem p = FrameCheck.check(m);
        assertEquals(DiameterResult.INVALID_AVP_LENGTH, p.result());
        assertEquals(1, p.failedAvp().get(0).code());
    }

    @Test
    void groupedMemberWithoutRoomForPaddingIs5014InsideTheGroup() {
        // Vendor-Specific-Application-Id { Vendor-Id, Auth-Application-Id } where the last member claims 9 octets
        // and the group ends right after them: no room for the member's padding (jDiameter's parser would loop for
        // ever skipping it)
        byte[] m = uar();
        int off = offsetOf(m, Avps.VENDOR_SPECIFIC_APPLICATION_ID.code());
        setAvpLength(m, off, 8 + 12 + 9);
        setAvpLength(m, off + 8 + 12, 9);
        FrameCheck.Problem p = FrameCheck.check(m);
        assertNotNull(p);
        assertEquals(DiameterResult.INVALID_AVP_LENGTH, p.result());
        assertEquals(2, p.failedAvp().size(), p.failedAvp().toString());
        assertEquals(260, p.failedAvp().get(0).code());
        assertEquals(258, p.failedAvp().get(1).code());
        assertTrue(p.detail().contains("padding"), p.detail());
    }

    @Test
    void avpHeaderCutByTheEndOfTheMessageIs5014WithAZeroPaddedHeader() {
        byte[] m = uar();
        byte[] longer = Arrays.copyOf(m, m.length + 4);
        ByteBuffer.wrap(longer).putInt(0, 0x01000000 | longer.length);
        longer[m.length] = 0;
        longer[m.length + 1] = 0;
        longer[m.length + 2] = 0x01;
        longer[m.length + 3] = 0x07;
        FrameCheck.Problem p = FrameCheck.check(longer);
        assertEquals(DiameterResult.INVALID_AVP_LENGTH, p.result());
        assertEquals(263, p.failedAvp().get(0).code());
    }

    @Test
    void messageLengthNotAMultipleOf4Is5015() {
        byte[] m = Arrays.copyOf(uar(), uar().length + 2);
        ByteBuffer.wrap(m).putInt(0, 0x01000000 | m.length);
        FrameCheck.Problem p = FrameCheck.check(m);
        assertEquals(DiameterResult.INVALID_MESSAGE_LENGTH, p.result());
        assertTrue(p.failedAvp().isEmpty());
    }

    @Test
    void unframeableHeaders() {
        assertNotNull(FrameCheck.unframeable(0x02000040), "version 2");
        assertNotNull(FrameCheck.unframeable(0x01000010), "shorter than the header");
        assertNotNull(FrameCheck.unframeable(0x01FFFFFF), "16 MB");
        assertNull(FrameCheck.unframeable(0x01000014), "header only");
    }
}
