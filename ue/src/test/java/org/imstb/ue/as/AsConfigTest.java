package org.imstb.ue.as;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imstb.common.config.ConfigException;
import org.imstb.common.config.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AS configuration: defaults, every service type, and errors that name file, line and field. */
class AsConfigTest {
    @TempDir
    Path dir;

    private AsConfig load(String yaml) throws Exception {
        Path f = dir.resolve("as1.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        YamlLoader.Named<AsConfig> named = YamlLoader.loadNamed(f, AsConfig.class);
        assertEquals("as1", named.name());
        return named.value();
    }

    @Test
    void withoutServicesOneOfEachTypeNamedAfterIt() throws Exception {
        AsConfig c = load("as1:\n  sip: {host: as1.domain1.test, port: 5070}\n");
        assertEquals(List.of("proxy", "voicemail", "redirect", "b2bua", "thirdparty"),
                List.copyOf(c.services().keySet()));
        c.services().forEach((name, s) -> assertEquals(name, Services.type(s)));
        assertEquals("as1.domain1.test", c.sip().host());
        assertNull(c.diameter(), "no Sh client unless configured");
        ServiceConfig.Voicemail v = (ServiceConfig.Voicemail) c.services().get("voicemail");
        assertEquals(0, v.answerAfterMs());
        assertNull(v.hangupAfterMs(), "never hangs up by default");
        assertEquals(false, ((ServiceConfig.Proxy) c.services().get("proxy")).recordRoute());
        assertEquals(false, ((ServiceConfig.ThirdParty) c.services().get("thirdparty")).welcomes());
    }

    @Test
    void everyTypeWithItsKeys() throws Exception {
        AsConfig c = load("""
                as1:
                  sip: {host: as1.domain1.test}
                  diameter: {identity: as1.domain1.test, realm: domain1.test, port: 3870}
                  hss: {host: hss.domain1.test, realm: domain1.test}
                  services:
                    forward: {type: proxy, header: "X-Service: forward", recordRoute: true}
                    vm: {type: voicemail, answerAfterMs: 2000, hangupAfterMs: 30000, maxMessages: 5}
                    moved: {type: redirect, contact: "sip:bob@domain2.test"}
                    relay: {type: b2bua, maxCallMs: 60000}
                    reg: {type: thirdparty, welcomeFrom: "sip:welcome@domain1.test", welcomeText: "Hello {user}"}
                """);
        assertEquals(new ServiceConfig.Proxy("X-Service: forward", true), c.services().get("forward"));
        assertEquals(new ServiceConfig.Voicemail(2000, 30000, 5), c.services().get("vm"));
        assertEquals(new ServiceConfig.Redirect("sip:bob@domain2.test"), c.services().get("moved"));
        assertEquals(new ServiceConfig.B2bua(60000), c.services().get("relay"));
        ServiceConfig.ThirdParty t = assertInstanceOf(ServiceConfig.ThirdParty.class, c.services().get("reg"));
        assertTrue(t.welcomes());
        assertEquals(3870, c.diameter().port());
        assertEquals(new org.imstb.common.cx.HssRef("hss.domain1.test", "domain1.test"), c.shDestination());
    }

    @Test
    void withoutHssShGoesToTheRealmOfDiameterAndWithoutDiameterThereIsNoSh() throws Exception {
        AsConfig c = load("as1:\n  diameter: {identity: as1.domain1.test, realm: domain1.test}\n");
        assertEquals(new org.imstb.common.cx.HssRef(null, "domain1.test"), c.shDestination());
        assertNull(load("as1:\n  sip: {port: 5070}\n").shDestination());
    }

    @Test
    void hssNeedsDiameterAndARealm() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(
                "as1:\n  hss: {host: hss.domain1.test, realm: domain1.test}\n"));
        assertEquals("as1.hss", e.field(), e.getMessage());
        assertTrue(e.getMessage().contains("needs 'diameter'"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> load(
                "as1:\n  diameter: {identity: as1.domain1.test, realm: domain1.test}\n  hss: {host: h}\n"));
        assertEquals("as1.hss.realm", e.field(), e.getMessage());
    }

    @Test
    void theResolvedFileTheRunnerWritesReadsBackTheSame() throws Exception {
        AsConfig c = load("as1:\n  services:\n    vm: {type: voicemail, answerAfterMs: 10}\n    p: {type: proxy}\n");
        String written = YamlLoader.mapper().writeValueAsString(Map.of("as1", c));
        assertTrue(written.contains("type: \"voicemail\""), written);
        assertEquals(c, load(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vm: {type: voicemial}                    | 4 | as1.services.vm               | unknown type 'voicemial'",
        "vm: {answerAfterMs: 5}                   | 4 | as1.services.vm               | 'type' is required (one of",
        "p: {type: proxy, contact: 'sip:x@y'}     | 4 | as1.services.p.contact        | unknown field",
        "p: {type: proxy, header: 'no colon'}     | 4 | as1.services.p.header         | Name: value",
        "vm: {type: voicemail, answerAfterMs: -1} | 4 | as1.services.vm.answerAfterMs | 0..600000",
        "vm: {type: voicemail, hangupAfterMs: 0}  | 4 | as1.services.vm.hangupAfterMs | never",
        "r: {type: redirect, contact: 'bob'}      | 4 | as1.services.r.contact        | sip:, sips: or tel:",
        "t: {type: thirdparty, welcomeFrom: 'sip:w@d'} | 4 | as1.services.t.welcomeText | go together",
        "b: {type: b2bua, maxCallMs: 10}          | 4 | as1.services.b.maxCallMs      | at least 1000",
        "'bad name': {type: proxy}                | 4 | as1.services.bad name         | user part",
        "vm:                                      | 4 | as1.services.vm               | 'type' is required",
    })
    void badServicesNameFileLineAndField(String service, int line, String field, String problem) throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> load(
                "as1:\n  sip: {port: 5070}\n  services:\n    " + service + "\n"));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("as1.yaml") + ":" + line + ": "), e.getMessage());
    }

    @Test
    void anUnknownTypeListsTheTypesThereAre() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(
                "as1:\n  services:\n    vm: {type: voicemial}\n"));
        assertTrue(e.getMessage().endsWith(
                "as1.services.vm: unknown type 'voicemial' (one of b2bua, proxy, redirect, thirdparty, voicemail)"),
                e.getMessage());
    }

    @Test
    void anEmptyServiceMapIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("as1:\n  services: {}\n"));
        assertEquals("as1.services", e.field());
        assertEquals(2, e.line());
    }

    @Test
    void aBadDiameterSectionIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(
                "as1:\n  diameter: {realm: domain1.test}\n"));
        assertEquals("as1.diameter.identity", e.field(), e.getMessage());
    }
}
