package org.imstb.common.sh.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.MissingAvpException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.IdentitySet;
import org.imstb.common.sh.ProfileUpdateAnswer;
import org.imstb.common.sh.ProfileUpdateRequest;
import org.imstb.common.sh.PushNotificationAnswer;
import org.imstb.common.sh.PushNotificationRequest;
import org.imstb.common.sh.RepositoryDataId;
import org.imstb.common.sh.SubsReqType;
import org.imstb.common.sh.SubscribeNotificationsAnswer;
import org.imstb.common.sh.SubscribeNotificationsRequest;
import org.imstb.common.sh.UserDataAnswer;
import org.imstb.common.sh.UserDataRequest;
import org.imstb.common.sh.UserIdentity;
import org.jdiameter.api.Avp;
import org.jdiameter.api.Message;
import org.junit.jupiter.api.Test;

/** Each Sh message written by its codec, encoded and decoded by jDiameter, and read back by its codec. */
class ShCodecsTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String DATA = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Sh-Data><RepositoryData>"
            + "<ServiceIndication>cfu</ServiceIndication><SequenceNumber>0</SequenceNumber></RepositoryData></Sh-Data>";

    @Test
    void udrRoundTrip() throws Exception {
        UserDataRequest udr = new UserDataRequest(UserIdentity.publicIdentity(ALICE), "sip:chat-!.*!@domain1.test",
                "sip:as.domain1.test", List.of("cfu", "mmtel"),
                List.of(DataReference.REPOSITORY_DATA, DataReference.IMS_PUBLIC_IDENTITY, DataReference.S_CSCF_NAME),
                List.of(IdentitySet.IMPLICIT_IDENTITIES, IdentitySet.ALL_IDENTITIES));
        Message m = Wire.request(Command.UDR, w -> UdrCodec.write(udr, w));
        assertEquals(udr, UdrCodec.read(m));
        Avp ref = m.getAvps().getAvp(Avps.DATA_REFERENCE.code(), Avps.DATA_REFERENCE.vendorId());
        assertTrue(ref.isMandatory() && ref.isVendorId(), "Data-Reference has M and V");
        Avp set = m.getAvps().getAvp(Avps.IDENTITY_SET.code(), Avps.IDENTITY_SET.vendorId());
        assertFalse(set.isMandatory(), "Identity-Set: M must not be set (TS 29.329 table 6.3.1)");
        assertEquals(List.of(0L, 10L, 12L), new AvpReader(m.getAvps()).u32s(Avps.DATA_REFERENCE), "wire values");
    }

    @Test
    void udaRoundTrip() throws Exception {
        UserDataAnswer uda = new UserDataAnswer(DiameterResult.SUCCESS, null, DATA);
        assertEquals(uda, UdaCodec.read(Wire.answer(Command.UDR, uda.result(), w -> UdaCodec.write(uda, w))));
        UserDataAnswer unknown = new UserDataAnswer(DiameterResult.ERROR_USER_UNKNOWN, null, null);
        assertEquals(unknown, UdaCodec.read(Wire.answer(Command.UDR, unknown.result(),
                w -> UdaCodec.write(unknown, w))));
    }

    @Test
    void purAndPuaRoundTrip() throws Exception {
        ProfileUpdateRequest pur = ProfileUpdateRequest.repositoryData(ALICE, DATA);
        Message m = Wire.request(Command.PUR, w -> PurCodec.write(pur, w));
        assertEquals(pur, PurCodec.read(m));
        assertEquals(DATA, new AvpReader(m.getAvps()).text(Avps.SH_USER_DATA), "Sh User-Data is AVP 702");
        assertFalse(new AvpReader(m.getAvps()).has(Avps.USER_DATA), "not the Cx User-Data (606)");

        ProfileUpdateAnswer pua = new ProfileUpdateAnswer(DiameterResult.SUCCESS, null,
                new RepositoryDataId("cfu", 7), DataReference.REPOSITORY_DATA);
        assertEquals(pua, PuaCodec.read(Wire.answer(Command.PUR, pua.result(), w -> PuaCodec.write(pua, w))));
        ProfileUpdateAnswer sync = new ProfileUpdateAnswer(DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, null,
                null, null);
        ProfileUpdateAnswer read = PuaCodec.read(Wire.answer(Command.PUR, sync.result(), w -> PuaCodec.write(sync, w)));
        assertEquals(sync, read);
        assertEquals("DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC", read.result().name());
    }

    @Test
    void snrAndSnaRoundTrip() throws Exception {
        Instant expiry = Instant.parse("2030-01-02T03:04:05Z");
        SubscribeNotificationsRequest snr = new SubscribeNotificationsRequest(UserIdentity.publicIdentity(ALICE),
                null, List.of("cfu"), true, "sip:as.domain1.test", SubsReqType.SUBSCRIBE,
                List.of(DataReference.REPOSITORY_DATA, DataReference.IMS_USER_STATE), List.of(), expiry, true);
        Message m = Wire.request(Command.SNR, w -> SnrCodec.write(snr, w));
        assertEquals(snr, SnrCodec.read(m));
        AvpReader r = new AvpReader(m.getAvps());
        assertEquals(1L, r.u32(Avps.SEND_DATA_INDICATION), "USER_DATA_REQUESTED");
        assertEquals(0L, r.u32(Avps.ONE_TIME_NOTIFICATION), "ONE_TIME_NOTIFICATION_REQUESTED");

        SubscribeNotificationsRequest plain = SubscribeNotificationsRequest.unsubscribe(ALICE, List.of(),
                DataReference.S_CSCF_NAME);
        Message p = Wire.request(Command.SNR, w -> SnrCodec.write(plain, w));
        assertEquals(plain, SnrCodec.read(p));
        assertFalse(new AvpReader(p.getAvps()).has(Avps.SEND_DATA_INDICATION));
        assertFalse(new AvpReader(p.getAvps()).has(Avps.EXPIRY_TIME));

        SubscribeNotificationsAnswer sna = new SubscribeNotificationsAnswer(DiameterResult.SUCCESS, null, DATA,
                expiry);
        assertEquals(sna, SnaCodec.read(Wire.answer(Command.SNR, sna.result(), w -> SnaCodec.write(sna, w))));
        // Time is NTP seconds: 2030 has the high bit set, 2099 (after the 2036 wrap, RFC 2030 §3) has not
        for (String t : new String[] {"1970-01-01T00:00:00Z", "2036-02-07T06:28:15Z", "2036-02-07T06:28:16Z",
            "2099-01-01T00:00:00Z"}) {
            SubscribeNotificationsAnswer a = new SubscribeNotificationsAnswer(DiameterResult.SUCCESS, null, null,
                    Instant.parse(t));
            assertEquals(a, SnaCodec.read(Wire.answer(Command.SNR, a.result(), w -> SnaCodec.write(a, w))), t);
        }
        byte[] raw = Wire.answer(Command.SNR, DiameterResult.SUCCESS, w -> w.time(Avps.EXPIRY_TIME, expiry))
                .getAvps().getAvp(Avps.EXPIRY_TIME.code(), Avps.EXPIRY_TIME.vendorId()).getRawData();
        assertEquals(Long.toHexString(expiry.getEpochSecond() + 2_208_988_800L),
                org.imstb.common.util.Hex.format(raw), "NTP seconds, big-endian");
    }

    @Test
    void pnrAndPnaRoundTrip() throws Exception {
        PushNotificationRequest pnr = new PushNotificationRequest(UserIdentity.publicIdentity(ALICE), null, DATA);
        assertEquals(pnr, PnrCodec.read(Wire.request(Command.PNR, w -> PnrCodec.write(pnr, w))));
        PushNotificationAnswer pna = new PushNotificationAnswer(DiameterResult.SUCCESS);
        assertEquals(pna, PnaCodec.read(Wire.answer(Command.PNR, pna.result(), w -> { })));
    }

    @Test
    void msisdnIsTbcd() throws Exception {
        UserDataRequest udr = new UserDataRequest(UserIdentity.msisdn("+15551001"), null, null, List.of(),
                List.of(DataReference.IMS_PUBLIC_IDENTITY), List.of());
        Message m = Wire.request(Command.UDR, w -> UdrCodec.write(udr, w));
        byte[] raw = new AvpReader(m.getAvps()).requireGroup(Avps.USER_IDENTITY).octets(Avps.MSISDN);
        assertArrayEquals(new byte[] {0x51, 0x55, 0x01, 0x10}, raw, "1 5 5 5 1 0 0 1, low nibble first");
        assertEquals("15551001", UdrCodec.read(m).userIdentity().msisdn());
        assertArrayEquals(new byte[] {0x21, (byte) 0xF3}, UserIdentityCodec.tbcd("123"), "odd count: filler");
        assertEquals("123", UserIdentityCodec.digits(new byte[] {0x21, (byte) 0xF3}));
    }

    @Test
    void missingOrInvalidMandatoryAvps() throws Exception {
        Message noIdentity = Wire.request(Command.UDR, w -> w.enumerated(Avps.DATA_REFERENCE, 0));
        MissingAvpException e = assertThrows(MissingAvpException.class, () -> UdrCodec.read(noIdentity));
        assertEquals(Avps.USER_IDENTITY, e.avp());

        Message noReference = Wire.request(Command.UDR,
                w -> UserIdentityCodec.write(UserIdentity.publicIdentity(ALICE), w));
        assertEquals(Avps.DATA_REFERENCE, assertThrows(MissingAvpException.class,
                () -> UdrCodec.read(noReference)).avp());

        Message badReference = Wire.request(Command.UDR, w -> {
            UserIdentityCodec.write(UserIdentity.publicIdentity(ALICE), w);
            w.enumerated(Avps.DATA_REFERENCE, 99);
        });
        DiameterDecodeException bad = assertThrows(DiameterDecodeException.class, () -> UdrCodec.read(badReference));
        assertEquals(Avps.DATA_REFERENCE, bad.avp());

        Message noData = Wire.request(Command.PUR, w -> {
            UserIdentityCodec.write(UserIdentity.publicIdentity(ALICE), w);
            w.enumerated(Avps.DATA_REFERENCE, 0);
        });
        assertEquals(Avps.SH_USER_DATA, assertThrows(MissingAvpException.class, () -> PurCodec.read(noData)).avp());

        Message badType = Wire.request(Command.SNR, w -> {
            UserIdentityCodec.write(UserIdentity.publicIdentity(ALICE), w);
            w.enumerated(Avps.SUBS_REQ_TYPE, 5).enumerated(Avps.DATA_REFERENCE, 11);
        });
        assertEquals(Avps.SUBS_REQ_TYPE, assertThrows(DiameterDecodeException.class,
                () -> SnrCodec.read(badType)).avp());

        Message emptyIdentity = Wire.request(Command.PNR, w -> w.group(Avps.USER_IDENTITY, g -> { })
                .text(Avps.SH_USER_DATA, DATA));
        assertInstanceOf(MissingAvpException.class, assertThrows(DiameterDecodeException.class,
                () -> PnrCodec.read(emptyIdentity)));
    }

    @Test
    void answerWithoutResultIsMalformed() throws Exception {
        Message m = Wire.request(Command.UDR, w -> { });
        assertThrows(DiameterDecodeException.class, () -> UdaCodec.read(m));
        assertNull(DataReference.of(20), "20 (AliasesRepositoryData) was withdrawn from TS 29.329");
    }
}
