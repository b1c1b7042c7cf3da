package org.imstb.common.sh.codec;

import java.io.ByteArrayOutputStream;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.MissingAvpException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.UserIdentity;

/**
 * User-Identity grouped AVP (TS 29.329 §6.3.1) with Public-Identity or MSISDN. The MSISDN is TBCD-encoded (TS 29.329
 * §6.3.2, TS 29.002): two digits per octet, the first in the low nibble, filler 1111 after an odd count.
 */
public final class UserIdentityCodec {
    private static final String TBCD = "0123456789*#abc";

    private UserIdentityCodec() {
    }

    public static void write(UserIdentity u, AvpWriter w) {
        w.group(Avps.USER_IDENTITY, g -> g.text(Avps.PUBLIC_IDENTITY, u.publicIdentity())
                .octets(Avps.MSISDN, u.msisdn() == null ? null : tbcd(u.msisdn())));
    }

    public static UserIdentity read(AvpReader r) throws DiameterDecodeException {
        AvpReader g = r.requireGroup(Avps.USER_IDENTITY);
        String impu = g.text(Avps.PUBLIC_IDENTITY);
        if (impu != null) {
            return UserIdentity.publicIdentity(impu);
        }
        byte[] msisdn = g.octets(Avps.MSISDN);
        if (msisdn == null) {
            throw new MissingAvpException(Avps.PUBLIC_IDENTITY);
        }
        String digits = digits(msisdn);
        if (digits.isEmpty() || digits.length() > 30) {
            throw new DiameterDecodeException(Avps.MSISDN, "MSISDN must hold 1..30 digits");
        }
        return UserIdentity.msisdn(digits);
    }

    /** Digits as TBCD octets. */
    static byte[] tbcd(String digits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String d = digits.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < d.length(); i += 2) {
            int low = TBCD.indexOf(d.charAt(i));
            int high = i + 1 < d.length() ? TBCD.indexOf(d.charAt(i + 1)) : 0xF;
            out.write((high << 4) | low);
        }
        return out.toByteArray();
    }

    /** TBCD octets as digits, up to the first filler. */
    static String digits(byte[] tbcd) throws DiameterDecodeException {
        StringBuilder sb = new StringBuilder(tbcd.length * 2);
        for (byte b : tbcd) {
            for (int nibble : new int[] {b & 0xF, (b >> 4) & 0xF}) {
                if (nibble == 0xF) {
                    return sb.toString();
                }
                sb.append(TBCD.charAt(nibble));
            }
        }
        return sb.toString();
    }
}
