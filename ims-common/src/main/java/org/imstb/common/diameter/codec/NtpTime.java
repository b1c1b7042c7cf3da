package org.imstb.common.diameter.codec;

import java.time.Instant;

/**
 * The Diameter Time format (RFC 6733 §4.3.1): the 32-bit NTP seconds of RFC 5905, read with the RFC 2030 §3
 * convention for the 2036 wrap (high bit set: 1968..2036, high bit clear: 2036..2104).
 */
final class NtpTime {
    /** Seconds from 1900-01-01 (NTP) to 1970-01-01 (Unix). */
    static final long EPOCH_OFFSET = 2_208_988_800L;
    /** The first NTP second representable: 0x80000000 of era 0 (1968-01-20). */
    static final long FIRST = 1L << 31;

    private NtpTime() {
    }

    static Instant instant(byte[] raw) {
        long v = ((raw[0] & 0xFFL) << 24) | ((raw[1] & 0xFFL) << 16) | ((raw[2] & 0xFFL) << 8) | (raw[3] & 0xFFL);
        long ntp = (v & 0x8000_0000L) != 0 ? v : v + (1L << 32);
        return Instant.ofEpochSecond(ntp - EPOCH_OFFSET);
    }
}
