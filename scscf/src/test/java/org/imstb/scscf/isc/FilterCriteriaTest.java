package org.imstb.scscf.isc;

import static org.imstb.scscf.isc.Ifcs.ifc;
import static org.imstb.scscf.isc.Ifcs.method;
import static org.imstb.scscf.isc.Ifcs.spt;
import static org.imstb.scscf.isc.Ifcs.tp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.imstb.common.cx.userdata.InitialFilterCriteria;
import org.imstb.common.cx.userdata.PublicIdentity;
import org.imstb.common.cx.userdata.ServiceProfile;
import org.junit.jupiter.api.Test;

/** Priority order, ProfilePartIndicator and continuing after a position (TS 24.229 §5.4.3.2/§5.4.3.3). */
class FilterCriteriaTest {
    private static final Req INVITE = Req.of("INVITE", "sip:bob@domain1.test");
    private static final Req MESSAGE = Req.of("MESSAGE", "sip:bob@domain1.test");

    private static InitialFilterCriteria ifcOf(int priority, String triggerPoint, String as, int ppi) {
        return new InitialFilterCriteria(priority, ifc(priority, triggerPoint, as, ppi), as, 0, null, ppi);
    }

    /** In document order: 30 any INVITE, 10 INVITE unregistered only, 20 MESSAGE, 5 INVITE registered only. */
    private static ServiceProfile profile() {
        String invite = tp(true, spt(method("INVITE"), 0));
        return new ServiceProfile(List.of(new PublicIdentity("sip:bob@domain1.test", false, 0, null, null)), -1,
                List.of(ifcOf(30, invite, "sip:as30.domain1.test", -1),
                        ifcOf(10, invite, "sip:as10.domain1.test", InitialFilterCriteria.UNREGISTERED),
                        ifcOf(20, tp(true, spt(method("MESSAGE"), 0)), "sip:as20.domain1.test", -1),
                        ifcOf(5, invite, "sip:as5.domain1.test", InitialFilterCriteria.REGISTERED)));
    }

    private static String as(Optional<FilterCriteria.Match> m) {
        return m.map(x -> x.ifc().applicationServer() + "@" + x.position()).orElse("none");
    }

    @Test
    void registeredUserWalksItsInviteIfcsInPriorityOrder() {
        ServiceProfile p = profile();
        Optional<FilterCriteria.Match> first = FilterCriteria.next(p, -1, SessionCase.ORIGINATING, true, INVITE);
        assertEquals("sip:as5.domain1.test@0", as(first));
        Optional<FilterCriteria.Match> second =
                FilterCriteria.next(p, first.orElseThrow().position(), SessionCase.ORIGINATING, true, INVITE);
        assertEquals("sip:as30.domain1.test@3", as(second));
        assertEquals("none", as(FilterCriteria.next(p, 3, SessionCase.ORIGINATING, true, INVITE)));
    }

    @Test
    void unregisteredUserSkipsRegisteredOnlyIfcs() {
        ServiceProfile p = profile();
        assertEquals("sip:as10.domain1.test@1",
                as(FilterCriteria.next(p, -1, SessionCase.TERMINATING_UNREGISTERED, false, INVITE)));
        assertEquals("sip:as30.domain1.test@3",
                as(FilterCriteria.next(p, 1, SessionCase.TERMINATING_UNREGISTERED, false, INVITE)));
    }

    @Test
    void allListsEveryMatchInPriorityOrder() {
        ServiceProfile p = profile();
        assertEquals(List.of(0, 3), FilterCriteria.all(p, SessionCase.ORIGINATING, true, INVITE).stream()
                .map(FilterCriteria.Match::position).toList());
        assertEquals(List.of(2), FilterCriteria.all(p, SessionCase.ORIGINATING, false, MESSAGE).stream()
                .map(FilterCriteria.Match::position).toList());
        assertTrue(FilterCriteria.all(p, SessionCase.ORIGINATING, true, Req.of("BYE", "sip:x@y")).isEmpty());
    }

    @Test
    void anIfcWithoutTriggerPointMatchesEverything() {
        ServiceProfile p = new ServiceProfile(List.of(new PublicIdentity("sip:bob@domain1.test", false, 0, null,
                null)), -1, List.of(ifcOf(1, "", "sip:as.domain1.test", -1)));
        assertEquals("sip:as.domain1.test@0",
                as(FilterCriteria.next(p, -1, SessionCase.ORIGINATING_CDIV, true, Req.of("OPTIONS", "sip:x@y"))));
    }

    @Test
    void anIfcThatDoesNotCompileIsSkipped() {
        ServiceProfile p = new ServiceProfile(List.of(new PublicIdentity("sip:bob@domain1.test", false, 0, null,
                null)), -1, List.of(ifcOf(1, tp(true, spt("<RequestURI>(</RequestURI>", 0)), "sip:bad.domain1.test",
                        -1), ifcOf(2, tp(true, spt(method("INVITE"), 0)), "sip:good.domain1.test", -1)));
        for (int i = 0; i < 2; i++) { // the second time from the cache
            assertEquals("sip:good.domain1.test@1",
                    as(FilterCriteria.next(p, -1, SessionCase.ORIGINATING, true, INVITE)));
        }
    }

    @Test
    void positionsBelowMinusOneAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> FilterCriteria.next(profile(), -2, SessionCase.ORIGINATING, true, INVITE));
    }
}
