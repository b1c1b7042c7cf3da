package org.imstb.dnsdhcp.dns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imstb.common.config.YamlLoader;

/** Test configurations: the resource copied into a directory (the node's run directory), or YAML text. */
final class Configs {
    private Configs() {
    }

    static Path copy(String resource, Path dir) {
        try (InputStream in = Configs.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DnsConfig twoDomains(Path dir) {
        return YamlLoader.loadNamed(copy("/org/imstb/dnsdhcp/dns/two-domains.yaml", dir), DnsConfig.class).value();
    }

    static DnsConfig load(Path dir, String yaml) {
        try {
            Path file = dir.resolve("dns.yaml");
            Files.writeString(file, yaml);
            return YamlLoader.loadNamed(file, DnsConfig.class).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
