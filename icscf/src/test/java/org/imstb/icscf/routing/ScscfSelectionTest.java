package org.imstb.icscf.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.imstb.common.cx.ServerCapabilities;
import org.imstb.icscf.IcscfConfig.ScscfEntry;
import org.junit.jupiter.api.Test;

/** S-CSCF selection by capabilities (TS 29.228 §6.7, Annex A). */
class ScscfSelectionTest {
    private static final String S1 = "sip:scscf1.domain1.test:6060";
    private static final String S2 = "sip:scscf2.domain1.test:6060";
    private static final String S3 = "sip:scscf3.domain1.test:6060";

    private final ScscfSelection selection = new ScscfSelection(List.of(
            new ScscfEntry(S1, List.of(1L, 2L)),
            new ScscfEntry(S2, List.of(1L, 2L, 3L, 4L)),
            new ScscfEntry(S3, List.of())));

    private static ServerCapabilities caps(List<Long> mandatory, List<Long> optional, List<String> names) {
        return new ServerCapabilities(mandatory, optional, names);
    }

    @Test
    void aServerNameFromTheHssThatIsKnownAndCapableWins() {
        // S1 would also do and comes first in the configuration, but the HSS named S2
        assertEquals(Optional.of(S2), selection.select(caps(List.of(1L), List.of(), List.of(S2))));
    }

    @Test
    void theHssNameIsMatchedIgnoringCaseAndTheConfiguredSpellingReturned() {
        assertEquals(Optional.of(S2),
                selection.select(caps(List.of(), List.of(), List.of("SIP:SCSCF2.DOMAIN1.TEST:6060"))));
    }

    @Test
    void unknownServerNamesAreSkipped() {
        assertEquals(Optional.of(S3), selection.select(caps(List.of(), List.of(),
                List.of("sip:elsewhere.domain9.test", S3))));
    }

    @Test
    void aNamedServerLackingAMandatoryCapabilityIsPassedOver() {
        // S3 has nothing; among the capable ones S2 has both optional capabilities
        assertEquals(Optional.of(S2), selection.select(caps(List.of(1L), List.of(3L, 4L), List.of(S3))));
    }

    @Test
    void theCapableServerWithMostOptionalCapabilitiesWins() {
        assertEquals(Optional.of(S2), selection.select(caps(List.of(2L), List.of(4L), List.of())));
        assertEquals(Optional.of(S1), selection.select(caps(List.of(2L), List.of(), List.of())),
                "a tie goes to the first configured");
        assertEquals(Optional.of(S2), selection.select(caps(List.of(3L), List.of(), List.of())));
    }

    @Test
    void onATieTheFirstConfiguredWins() {
        ScscfSelection twins = new ScscfSelection(List.of(new ScscfEntry(S3, List.of(5L)),
                new ScscfEntry(S1, List.of(1L, 7L)), new ScscfEntry(S2, List.of(1L, 7L))));
        assertEquals(Optional.of(S1), twins.select(caps(List.of(1L), List.of(7L), List.of())));
    }

    @Test
    void noCapableServerGivesNothing() {
        assertTrue(selection.select(caps(List.of(9L), List.of(), List.of())).isEmpty());
        assertTrue(selection.select(caps(List.of(1L, 9L), List.of(1L), List.of(S1, S2))).isEmpty());
    }

    @Test
    void withoutCapabilitiesTheFirstConfiguredIsUsed() {
        assertEquals(Optional.of(S1), selection.select(null));
        assertTrue(new ScscfSelection(List.of()).select(null).isEmpty());
    }

    @Test
    void withNothingConfiguredTheHssNameIsTaken() {
        ScscfSelection none = new ScscfSelection(List.of());
        assertEquals(Optional.of("sip:scscf9.domain2.test"),
                none.select(caps(List.of(1L), List.of(), List.of("sip:scscf9.domain2.test", S1))));
        assertTrue(none.select(caps(List.of(1L), List.of(), List.of())).isEmpty());
    }
}
