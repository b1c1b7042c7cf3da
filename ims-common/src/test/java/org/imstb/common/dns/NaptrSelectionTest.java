package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.NAPTRRecord;

class NaptrSelectionTest {
    private final List<NAPTRRecord> records = List.of(
            Records.naptr(20, 10, "s", "SIP+D2T", "", "_sip._tcp.d.test."),
            Records.naptr(10, 50, "s", "SIP+D2U", "", "_sip._udp.d.test."),
            Records.naptr(10, 10, "s", "SIPS+D2T", "", "_sips._tcp.d.test."),
            Records.naptr(5, 10, "s", "SIP+D2S", "", "_sip._sctp.d.test."),
            Records.naptr(5, 10, "a", "SIP+D2U", "", "other.d.test."),
            Records.naptr(5, 10, "s", "SIP+D2U", "!^.*$!x!", "_x.d.test."),
            Records.naptr(1, 1, "u", "E2U+sip", "!^.*$!sip:a@d.test!", "."));

    private static List<String> names(List<NaptrSelection.Choice> cs) {
        return cs.stream().map(c -> c.transport() + " " + c.record().getReplacement()).toList();
    }

    @Test
    void supportedServicesWithFlagSInOrderThenPreference() {
        assertEquals(List.of("TLS _sips._tcp.d.test.", "UDP _sip._udp.d.test.", "TCP _sip._tcp.d.test."),
                names(NaptrSelection.select(records, EnumSet.allOf(SipTransport.class))));
    }

    @Test
    void unsupportedTransportsAreSkipped() {
        assertEquals(List.of("UDP _sip._udp.d.test.", "TCP _sip._tcp.d.test."),
                names(NaptrSelection.select(records, EnumSet.of(SipTransport.UDP, SipTransport.TCP))));
        assertEquals(List.of("TCP _sip._tcp.d.test."),
                names(NaptrSelection.select(records, EnumSet.of(SipTransport.TCP))));
    }

    @Test
    void serviceMatchIsCaseInsensitive() {
        List<NAPTRRecord> lower = List.of(Records.naptr(1, 1, "S", "sip+d2u", "", "_sip._udp.d.test."));
        assertEquals(1, NaptrSelection.select(lower, EnumSet.of(SipTransport.UDP)).size());
    }
}
