package org.imstb.hss.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imstb.common.config.ConfigException;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisioningFileTest {
    /** Line numbers in the assertions below refer to this text. */
    static final String BASE = """
            applicationServers:
              - name: as1
                serverName: sip:as.domain1.test
            serviceProfiles:
              - name: default
                initialFilterCriteria:
                  - |
                    <InitialFilterCriteria>
                      <Priority>0</Priority>
                      <ApplicationServer><ServerName>sip:as.domain1.test</ServerName></ApplicationServer>
                    </InitialFilterCriteria>
            subscriptions:
              - name: alice
                privateIdentities:
                  - impi: alice@domain1.test
                    authSchemes: [DIGEST_AKAV1_MD5]
                    aka: {k: "7e0114c01987caec21efa86c9b1394db", opc: "30cf8905bb2ee27420c1558292479225", amf: "b9b9"}
                publicIdentities:
                  - identity: sip:alice@domain1.test
                    serviceProfile: default
              - name: bob
                privateIdentities:
                  - impi: bob@domain1.test
                    digest: {password: secret}
                publicIdentities:
                  - identity: sip:bob@domain1.test
            """;

    @TempDir
    Path dir;

    Path write(String text) throws IOException {
        Path f = dir.resolve("subs.yaml");
        Files.writeString(f, text);
        return f;
    }

    void assertError(String text, String expected) throws IOException {
        Path f = write(text);
        ConfigException e = assertThrows(ConfigException.class, () -> ProvisioningFile.read(f));
        assertEquals(f + ":" + expected, e.getMessage());
    }

    @Test
    void readsTheBaseFile() throws IOException {
        ProvisioningSet set = ProvisioningFile.read(write(BASE));
        assertEquals(2, set.subscriptions().size());
        Subscription alice = set.subscriptions().get(0);
        assertEquals(List.of("sip:alice@domain1.test"), alice.privateIdentities().get(0).publicIdentities(),
                "default: all public identities of the subscription");
        assertEquals((byte) 0xb9, alice.privateIdentities().get(0).aka().amf()[0]);
        assertNull(set.subscriptions().get(1).privateIdentities().get(0).aka());
        assertEquals(0, set.serviceProfiles().get(0).initialFilterCriteria().get(0).priority());
    }

    @Test
    void readsTheDemoFile() throws IOException {
        Path f = dir.resolve("demo.yaml");
        try (InputStream in = getClass().getResourceAsStream("demo-subscribers.yaml")) {
            assertNotNull(in);
            Files.copy(in, f);
        }
        ProvisioningSet set = ProvisioningFile.read(f);
        assertEquals(List.of("alice", "bob", "chat"), set.subscriptions().stream().map(Subscription::name).toList());
        Subscription alice = set.subscriptions().get(0);
        assertEquals(3, alice.publicIdentities().size());
        assertTrue(alice.publicIdentities().get(2).barred());
        assertEquals("alice", alice.publicIdentities().get(1).implicitSet());
        PublicIdentity psi = set.subscriptions().get(2).publicIdentities().get(0);
        assertEquals(IdentityType.WILDCARDED_PSI, psi.type());
        assertTrue(!psi.canRegister());
        byte[] k = alice.privateIdentities().get(0).aka().k();
        for (byte b : k) {
            assertTrue(b != 0x00 && b != 0x0a && b != 0x5b && b != 0x5d, "SIPp-safe key bytes");
        }
        assertEquals(1, set.scscfs().size());
        assertEquals("sip:as.domain1.test", set.applicationServers().get(0).serverName());
    }

    @Test
    void badHexKeyLength() throws IOException {
        assertError(BASE.replace("k: \"7e0114c01987caec21efa86c9b1394db\"", "k: \"7e0114c0\""),
                "17: subscriptions[0].privateIdentities[0].aka.k: must be 32 hex digits (16 bytes): "
                        + "hex string decodes to 4 bytes, expected 16");
    }

    @Test
    void unknownAuthScheme() throws IOException {
        assertError(BASE.replace("[DIGEST_AKAV1_MD5]", "[AKAv2]"),
                "16: subscriptions[0].privateIdentities[0].authSchemes[0]: unknown auth scheme 'AKAv2' "
                        + "(use DIGEST_AKAV1_MD5 or SIP_DIGEST)");
    }

    @Test
    void publicIdentityNotAUri() throws IOException {
        assertError(BASE.replace("identity: sip:bob@domain1.test", "identity: bob@domain1.test"),
                "26: subscriptions[1].publicIdentities[0].identity: must be a sip:, sips: or tel: URI, "
                        + "got 'bob@domain1.test'");
    }

    @Test
    void ifcNotWellFormed() throws IOException {
        Path f = write(BASE.replace("</ApplicationServer>", "</AppServer>"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProvisioningFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ":7: serviceProfiles[0].initialFilterCriteria[0]: iFC XML is not "
                + "well-formed (line 3, column"), e.getMessage());
        assertTrue(e.getMessage().contains("ApplicationServer"), e.getMessage());
    }

    @Test
    void ifcNotAnInitialFilterCriteria() throws IOException {
        assertError(BASE.replace("<Priority>0</Priority>", "<Prio>0</Prio>"),
                "7: serviceProfiles[0].initialFilterCriteria[0]: unexpected element <Prio> in "
                        + "<InitialFilterCriteria> (allowed: ApplicationServer, Extension, Priority, "
                        + "ProfilePartIndicator, TriggerPoint)");
    }

    @Test
    void ifcNamingAnUnknownApplicationServer() throws IOException {
        assertError(BASE.replace("serverName: sip:as.domain1.test", "serverName: sip:as2.domain1.test"),
                "7: serviceProfiles[0].initialFilterCriteria[0]: <ServerName> sip:as.domain1.test is not an "
                        + "application server of this file or the store");
    }

    @Test
    void unknownProfileReference() throws IOException {
        assertError(BASE.replace("serviceProfile: default", "serviceProfile: gold"),
                "20: subscriptions[0].publicIdentities[0].serviceProfile: unknown service profile 'gold' "
                        + "(not in this file's serviceProfiles nor in the store)");
    }

    @Test
    void duplicateIdentityAcrossSubscriptions() throws IOException {
        assertError(BASE.replace("identity: sip:bob@domain1.test", "identity: sip:alice@DOMAIN1.test"),
                "26: subscriptions[1].publicIdentities[0].identity: duplicate identity 'sip:alice@DOMAIN1.test', "
                        + "already used at subscriptions[0].publicIdentities[0].identity");
    }

    @Test
    void duplicateSubscriptionName() throws IOException {
        assertError(BASE.replace("- name: bob", "- name: alice"),
                "21: subscriptions[1].name: duplicate name 'alice', already used by subscriptions[0]");
    }

    @Test
    void unknownField() throws IOException {
        Path f = write(BASE.replace("digest: {password: secret}", "digest: {pasword: secret}"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProvisioningFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ":24: subscriptions[1].privateIdentities[0].digest.pasword: "
                + "unknown field"), e.getMessage());
    }

    @Test
    void missingCredentials() throws IOException {
        assertError(BASE.replace("        digest: {password: secret}\n", ""),
                "23: subscriptions[1].privateIdentities[0].aka: a private identity needs aka: or digest: credentials");
    }

    @Test
    void opAndOpcTogether() throws IOException {
        assertError(BASE.replace("amf: \"b9b9\"", "op: \"30cf8905bb2ee27420c1558292479225\""),
                "17: subscriptions[0].privateIdentities[0].aka.op: give either opc or op, not both");
    }

    @Test
    void wildcardWithoutType() throws IOException {
        assertError(BASE.replace("identity: sip:bob@domain1.test", "identity: sip:bob-!.*!@domain1.test"),
                "26: subscriptions[1].publicIdentities[0].type: identity 'sip:bob-!.*!@domain1.test' has a "
                        + "!wildcard! part: set type: WILDCARDED_PSI");
    }

    @Test
    void storeOwnedIdentitiesAreDuplicatesUnlessReplaced() throws IOException {
        Path f = write(BASE);
        KnownNames known = new KnownNames() {
            @Override
            public boolean hasServiceProfile(String name) {
                return false;
            }

            @Override
            public boolean hasApplicationServer(String serverName) {
                return false;
            }

            @Override
            public Optional<String> ownerOf(String identity) {
                return identity.equals("bob@domain1.test") ? Optional.of("robert") : Optional.empty();
            }
        };
        ConfigException e = assertThrows(ConfigException.class, () -> ProvisioningFile.read(f, known));
        assertEquals(f + ":23: subscriptions[1].privateIdentities[0].impi: identity 'bob@domain1.test' already "
                + "belongs to subscription 'robert' in the store", e.getMessage());
    }
}
