package org.imstb.icscf.thig;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a list of header values (the hidden Record-Route entries) into a token only this node can open: AES-GCM with
 * the node's key, a random 96-bit IV, the node's host name as associated data (a token is valid at the node that
 * made it only); the token is base64url (no padding) of IV ‖ ciphertext ‖ tag, so it fits a SIP URI's user part. A
 * token that was altered or made with another key does not open. No I/O.
 */
public final class TokenCipher {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] aad;
    /**
     * One cipher per thread, initialised per token: looking the algorithm up and expanding the key for every token
     * was most of THIG's cost in the I-CSCF (JDK AES keeps the expanded key while the key stays the same).
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(TokenCipher::newCipher);

    /**
     * @param key  16, 24 or 32 bytes (AES-128/192/256)
     * @param node the node's host name, bound into every token
     */
    public TokenCipher(byte[] key, String node) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("an AES key has 16, 24 or 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.aad = node.getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** A fresh random 256-bit key. */
    public static byte[] randomKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    /** The token of {@code values} (none of which may contain a line feed). */
    public String seal(List<String> values) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = ciphers.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad);
            byte[] sealed = c.doFinal(String.join("\n", values).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The values sealed in {@code token}; empty when it is not a valid token of this node. */
    public Optional<List<String>> open(String token) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token);
            if (raw.length < IV_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher c = ciphers.get();
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            c.updateAAD(aad);
            String plain = new String(c.doFinal(Arrays.copyOfRange(raw, IV_BYTES, raw.length)), StandardCharsets.UTF_8);
            return Optional.of(plain.isEmpty() ? List.of() : List.of(plain.split("\n")));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
