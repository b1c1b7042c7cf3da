package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NaptrRegexpTest {
    @Test
    void wholeNumberToFixedUri() {
        assertEquals(Optional.of("sip:alice@domain1.test"),
                NaptrRegexp.rewrite("!^.*$!sip:alice@domain1.test!", "+15551001"));
    }

    @Test
    void backReferences() {
        assertEquals(Optional.of("sip:+15552001@domain2.test;user=phone"),
                NaptrRegexp.rewrite("!^(\\+1555.*)$!sip:\\1@domain2.test;user=phone!", "+15552001"));
        assertEquals(Optional.of("sip:2001@domain2.test"),
                NaptrRegexp.rewrite("!^\\+1555(.*)$!sip:\\1@domain2.test!", "+15552001"));
    }

    @Test
    void otherDelimiterAndEscapedDelimiter() {
        assertEquals(Optional.of("sip:a/b@d.test"), NaptrRegexp.rewrite("/^.*$/sip:a\\/b@d.test/", "+1"));
    }

    @Test
    void caseInsensitiveFlag() {
        assertEquals(Optional.of("ok"), NaptrRegexp.rewrite("!^ABC$!ok!i", "abc"));
        assertEquals(Optional.empty(), NaptrRegexp.rewrite("!^ABC$!ok!", "abc"));
    }

    @Test
    void escapedBackslashInReplacement() {
        assertEquals(Optional.of("a\\b"), NaptrRegexp.rewrite("!^.*$!a\\\\b!", "x"));
    }

    @Test
    void noMatchIsEmpty() {
        assertTrue(NaptrRegexp.rewrite("!^\\+44.*$!sip:x@d.test!", "+15551001").isEmpty());
    }

    @Test
    void malformedExpressionsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> NaptrRegexp.parse("!^.*$sip:x"));
        assertThrows(IllegalArgumentException.class, () -> NaptrRegexp.parse("1^.*1x1"));
        assertThrows(IllegalArgumentException.class, () -> NaptrRegexp.parse("!^.*$!x!g"));
        assertThrows(IllegalArgumentException.class, () -> NaptrRegexp.parse("!([!x!"));
        assertThrows(IllegalArgumentException.class, () -> NaptrRegexp.rewrite("!^.*$!\\2!", "x"));
    }
}
