package org.imstb.scscf.isc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Codes of TS 29.228 tDirectionOfRequest and P-Served-User parameters of RFC 5502. */
class SessionCaseTest {
    @Test
    void codesRoundTrip() {
        for (SessionCase c : SessionCase.values()) {
            assertEquals(c, SessionCase.byCode(c.code()));
        }
        assertEquals(SessionCase.ORIGINATING_CDIV, SessionCase.byCode(4));
        assertThrows(IllegalArgumentException.class, () -> SessionCase.byCode(5));
        assertThrows(IllegalArgumentException.class, () -> SessionCase.byCode(-1));
        assertEquals(2, RegistrationType.DEREGISTRATION.code());
    }

    @Test
    void servedUserParameters() {
        assertEquals("orig/reg", SessionCase.ORIGINATING.sescase() + "/" + SessionCase.ORIGINATING.regstate());
        assertEquals("term/reg", SessionCase.TERMINATING_REGISTERED.sescase() + "/"
                + SessionCase.TERMINATING_REGISTERED.regstate());
        assertEquals("term/unreg", SessionCase.TERMINATING_UNREGISTERED.sescase() + "/"
                + SessionCase.TERMINATING_UNREGISTERED.regstate());
        assertEquals("orig/unreg", SessionCase.ORIGINATING_UNREGISTERED.sescase() + "/"
                + SessionCase.ORIGINATING_UNREGISTERED.regstate());
        assertEquals("orig", SessionCase.ORIGINATING_CDIV.sescase());
    }
}
