package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumResolverTest {
    @Test
    void numberToName() {
        assertEquals("1.0.0.1.5.5.5.1.e164.arpa.", EnumResolver.domainFor("+15551001", "e164.arpa").toString());
        assertEquals("+15551001", EnumResolver.e164("tel:+1-555-1001;phone-context=+1"));
        assertEquals("+15551001", EnumResolver.e164("+1 (555) 100.1"));
        assertThrows(IllegalArgumentException.class, () -> EnumResolver.e164("5551001"));
        assertThrows(IllegalArgumentException.class, () -> EnumResolver.e164("+1555abc"));
    }

    @Test
    void selectsTerminalSipRecordsInOrder() {
        String aus = "+15551001";
        assertEquals(Optional.of("sip:alice@domain1.test"), EnumResolver.selectSipUri(List.of(
                Records.naptr(100, 10, "u", "E2U+mailto", "!^.*$!mailto:a@d.test!", "."),
                Records.naptr(100, 20, "u", "E2U+sip", "!^.*$!sip:alice@domain1.test!", "."),
                Records.naptr(200, 10, "u", "E2U+sip", "!^.*$!sip:other@domain1.test!", ".")), aus));
        assertEquals(Optional.of("sip:old@d.test"), EnumResolver.selectSipUri(List.of(
                Records.naptr(1, 1, "u", "sip+E2U", "!^.*$!sip:old@d.test!", ".")), aus));
        assertEquals(Optional.empty(), EnumResolver.selectSipUri(List.of(
                Records.naptr(1, 1, "u", "E2U+sip", "!^.*$!tel:+1!", "."),
                Records.naptr(1, 2, "u", "E2U+sip", "!^(.*$!broken!", ".")), aus));
    }

    @Test
    void resolvesThroughDnsWithPrefixWildcardsAndNonTerminalHops() {
        MapSource s = new MapSource().zone("""
                1.0.0.1.5.5.5.1.e164.arpa. 300 IN NAPTR 10 10 "u" "E2U+sip" "!^.*$!sip:alice@domain1.test!" .
                1.0.0.2.5.5.5.1.e164.arpa. 300 IN NAPTR 10 10 "u" "E2U+sip" \
                    "!^(\\\\+1555.*)$!sip:\\\\1@domain2.test;user=phone!" .
                9.9.9.9.5.5.5.1.e164.arpa. 300 IN NAPTR 10 10 "" "" "" next.e164.arpa.
                next.e164.arpa. 300 IN NAPTR 10 10 "u" "E2U+sip" "!^.*$!sip:hop@domain2.test!" .
                """);
        EnumResolver r = new EnumResolver(s);
        assertEquals(Optional.of("sip:alice@domain1.test"), r.toSipUri("tel:+1-555-1001"));
        assertEquals(Optional.of("sip:+15552001@domain2.test;user=phone"), r.toSipUri("+15552001"));
        assertEquals(Optional.of("sip:hop@domain2.test"), r.toSipUri("+15559999"));
        assertEquals(Optional.empty(), r.toSipUri("+4930123"));
    }
}
