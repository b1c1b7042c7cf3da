package org.imstb.ue;

import org.imstb.common.aka.Milenage;
import org.imstb.common.aka.Usim;
import org.imstb.common.util.Hex;

/**
 * What the UE authenticates with: an MD5 digest password, or a USIM for AKA (K, OPc, SQN).
 *
 * @param password the digest password, or null for AKA
 * @param usim     the USIM, or null for MD5
 */
public record Credentials(String password, Usim usim) {
    /** MD5 digest (RFC 2617). */
    public static Credentials password(String password) {
        return new Credentials(password, null);
    }

    /**
     * IMS AKA (TS 33.203) with a USIM holding K and OPc (hex), its SQN starting at {@code sqn}.
     */
    public static Credentials aka(String kHex, String opcHex, long sqn) {
        return new Credentials(null, new Usim(new Milenage(Hex.parse(kHex, 16), Hex.parse(opcHex, 16)), sqn,
                Usim.DEFAULT_MAX_JUMP));
    }

    public boolean isAka() {
        return usim != null;
    }
}
