package org.imstb.pcscf.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialogChargingTest {
    @Test
    void keepsEachDialogsIcidUntilItsBye() {
        DialogCharging charging = new DialogCharging(10);
        charging.remember("call-1", "icid-a");
        charging.remember("call-2", "icid-b");
        assertEquals(Optional.of("icid-a"), charging.icidOf("call-1"));
        charging.forget("call-1");
        assertEquals(Optional.empty(), charging.icidOf("call-1"));
        assertEquals(Optional.of("icid-b"), charging.icidOf("call-2"));
    }

    @Test
    void forgetsTheLeastRecentlyUsedDialogBeyondItsCapacity() {
        DialogCharging charging = new DialogCharging(2);
        charging.remember("old", "1");
        charging.remember("busy", "2");
        charging.icidOf("old"); // used again: now the most recent
        charging.remember("new", "3");
        assertEquals(2, charging.size());
        assertEquals(Optional.empty(), charging.icidOf("busy"));
        assertEquals(Optional.of("1"), charging.icidOf("old"));
        assertEquals(Optional.of("3"), charging.icidOf("new"));
    }

    @Test
    void ignoresRequestsWithoutCallIdOrIcid() {
        DialogCharging charging = new DialogCharging(2);
        charging.remember(null, "1");
        charging.remember("call", null);
        assertEquals(0, charging.size());
    }
}
