package org.imstb.hss.cx;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.imstb.common.aka.AkaVectorGenerator;
import org.imstb.common.aka.AuthenticationVector;
import org.imstb.common.aka.Milenage;
import org.imstb.common.auth.DigestMd5;
import org.imstb.common.cx.SipAuthDataItem;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.AuthScheme;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.store.SubscriberStore;

/**
 * Makes SIP-Auth-Data-Items: Digest-AKAv1-MD5 vectors from Milenage with a fresh SQN per vector (TS 33.203,
 * TS 29.229 §6.3.13), and SIP Digest items with the HA1 (TS 29.229 §6.3.36).
 */
final class AuthVectors {
    private final SubscriberStore store;
    /** One DRBG per thread: the JDK's default NativePRNG shares one lock between all instances. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(AuthVectors::drbg);

    AuthVectors(SubscriberStore store) {
        this.store = store;
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    List<SipAuthDataItem> aka(String impi, AkaCredentials c, int count) {
        byte[] opc = c.opc() != null ? c.opc() : Milenage.opc(c.k(), c.op());
        AkaVectorGenerator gen = new AkaVectorGenerator(c.k(), opc);
        List<SipAuthDataItem> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            long sqn = store.nextSqn(impi);
            AuthenticationVector av = gen.generate(sqn, c.amf(), RANDOM.get());
            items.add(new SipAuthDataItem(i, AuthScheme.DIGEST_AKAV1_MD5.wireName(), av.sipAuthenticate(), av.xres(),
                    av.ck(), av.ik(), null, null, null, null));
        }
        return items;
    }

    SipAuthDataItem digest(String impi, DigestCredentials c, String defaultRealm, String qop) {
        String realm = c.realm() != null ? c.realm() : defaultRealm;
        String ha1 = c.ha1() != null ? c.ha1().toLowerCase() : DigestMd5.ha1(impi, realm, c.password());
        return new SipAuthDataItem(1, AuthScheme.SIP_DIGEST.wireName(), null, null, null, null, realm, "MD5", qop,
                ha1);
    }
}
