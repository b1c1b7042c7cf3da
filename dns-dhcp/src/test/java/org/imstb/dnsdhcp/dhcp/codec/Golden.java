package org.imstb.dnsdhcp.dhcp.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.imstb.common.util.Hex;

/** Golden messages: hex with '#' comments and free white space, under src/test/resources. */
public final class Golden {
    private Golden() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/org/imstb/dnsdhcp/dhcp/codec/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden message " + name);
            }
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                hex.append((hash < 0 ? line : line.substring(0, hash)).replaceAll("\\s", ""));
            }
            return Hex.parse(hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dhcp6Message message(String name) throws Dhcp6DecodeException {
        return Dhcp6Codec.decode(bytes(name));
    }
}
