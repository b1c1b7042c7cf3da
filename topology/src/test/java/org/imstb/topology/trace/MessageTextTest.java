package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void decodesRawAddressAvps() {
        String v6 = "CER (257) flags=R--- app=0 hbh=1 e2e=2\n  Host-IP-Address = \u0000\u0002"
                + "\u0000".repeat(15) + "\u0001\n  Vendor-Id = 10415\n";
        assertEquals("CER (257) flags=R--- app=0 hbh=1 e2e=2\n  Host-IP-Address = ::1\n  Vendor-Id = 10415\n",
                MessageText.display(v6));
        assertEquals("  Host-IP-Address = 127.0.0.1", MessageText.display("  Host-IP-Address = \u0000\u0001\u007f"
                + "\u0000\u0000\u0001"));
    }

    @Test
    void bytesLostToUtf8StayEscaped() {
        String fd00 = "  Host-IP-Address = \u0000\u0002\ufffd" + "\u0000".repeat(14) + "\u0010";
        assertEquals("  Host-IP-Address = \\x00\\x02\ufffd" + "\\x00".repeat(14) + "\\x10", MessageText.display(fd00));
    }

    @Test
    void escapesOtherControlCharacters() {
        assertEquals("a\\x00b\\x7fc\n\td", MessageText.display("a\u0000b\u007fc\r\n\td"));
    }
}
