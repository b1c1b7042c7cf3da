package org.imstb.scscf.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imstb.common.cx.userdata.ImsSubscription;
import org.junit.jupiter.api.Test;

/** The registration state machine (RFC 3261 §10.3 binding rules, RFC 3680 registration and contact events). */
class RegistrationTest {
    private static final String IMPI = "alice@domain1.test";
    private static final List<String> SET = List.of("sip:alice@domain1.test", "tel:+15551001");
    private static final String UE1 = "sip:alice@[2001:db8:1::10]:5062";
    private static final String UE2 = "sip:alice@[2001:db8:1::11]:5064";
    private static final List<String> PATH = List.of("<sip:term@pcscf.domain1.test;lr>");
    private static final long T0 = 1_000_000L;

    private static final ImsSubscription PROFILE = profile();

    private final Registration r = new Registration(IMPI, SET, PROFILE);

    private static ImsSubscription profile() {
        try (java.io.InputStream in = RegistrationTest.class.getResourceAsStream(
                "/org/imstb/scscf/registration/implicit-set-user-data.xml")) {
            return ImsSubscription.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ContactRequest contact(String uri, int expires) {
        return new ContactRequest(uri, "<" + uri + ">", expires);
    }

    private static List<BindingEvent> events(List<BindingChange> changes) {
        return changes.stream().map(BindingChange::event).toList();
    }

    @Test
    void startsInInitWithItsIdentities() {
        assertEquals(Registration.State.INIT, r.state());
        assertEquals(IMPI, r.impi());
        assertEquals(SET, r.identities());
        assertSame(PROFILE, r.subscription().orElseThrow());
        assertTrue(r.bindings().isEmpty());
        assertEquals(Long.MAX_VALUE, r.nextExpiryMs());
    }

    @Test
    void anImplicitSetIsNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new Registration(IMPI, List.of(), null));
    }

    @Test
    void firstBindingIsRegisteredAndActivates() throws Exception {
        List<BindingChange> changes = r.update(List.of(contact(UE1, 600)), PATH, "call-1", 1, T0);

        assertEquals(List.of(BindingEvent.REGISTERED), events(changes));
        assertEquals(Registration.State.ACTIVE, r.state());
        Binding b = changes.get(0).binding();
        assertEquals(UE1, b.contactUri());
        assertEquals("<" + UE1 + ">", b.contact());
        assertEquals(T0 + 600_000, b.expiresAtMs());
        assertEquals(PATH, b.path());
        assertEquals("call-1", b.callId());
        assertEquals(1, b.cseq());
        assertFalse(changes.get(0).terminated());
        assertEquals(List.of(b), r.bindings());
        assertEquals(T0 + 600_000, r.nextExpiryMs());
    }

    @Test
    void secondContactIsCreated() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 1, T0);
        List<BindingChange> changes = r.update(List.of(contact(UE2, 300)), PATH, "call-2", 1, T0 + 1000);

        assertEquals(List.of(BindingEvent.REGISTERED), events(changes));
        assertEquals(List.of(UE1, UE2), r.bindings().stream().map(Binding::contactUri).toList());
        assertEquals(T0 + 1000 + 300_000, r.nextExpiryMs());
        assertEquals(Registration.State.ACTIVE, r.state());
    }

    @Test
    void laterExpiryIsRefreshedEarlierIsShortened() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 1, T0);

        List<BindingChange> refreshed = r.update(List.of(contact(UE1, 600)), PATH, "call-1", 2, T0 + 100_000);
        assertEquals(List.of(BindingEvent.REFRESHED), events(refreshed));
        assertEquals(T0 + 700_000, r.bindings().get(0).expiresAtMs());
        assertEquals(2, r.bindings().get(0).cseq());

        // now + 300 s ends before the current expiry (T0 + 700 s)
        List<BindingChange> shortened = r.update(List.of(contact(UE1, 300)), PATH, "call-1", 3, T0 + 200_000);
        assertEquals(List.of(BindingEvent.SHORTENED), events(shortened));
        assertEquals(T0 + 500_000, r.bindings().get(0).expiresAtMs());
    }

    @Test
    void sameExpiryInstantIsRefreshed() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 1, T0);
        assertEquals(List.of(BindingEvent.REFRESHED),
                events(r.update(List.of(contact(UE1, 600)), PATH, "call-1", 2, T0)));
    }

    @Test
    void expiresZeroUnregistersOneContact() throws Exception {
        r.update(List.of(contact(UE1, 600), contact(UE2, 600)), PATH, "call-1", 1, T0);

        List<BindingChange> changes = r.update(List.of(contact(UE1, 0)), PATH, "call-1", 2, T0 + 5000);

        assertEquals(List.of(BindingEvent.UNREGISTERED), events(changes));
        assertTrue(changes.get(0).terminated());
        assertEquals(UE1, changes.get(0).binding().contactUri());
        assertEquals(List.of(UE2), r.bindings().stream().map(Binding::contactUri).toList());
        assertEquals(Registration.State.ACTIVE, r.state());
    }

    @Test
    void removingTheLastContactTerminates() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 1, T0);

        List<BindingChange> changes = r.update(List.of(contact(UE1, 0)), PATH, "call-1", 2, T0 + 5000);

        assertEquals(List.of(BindingEvent.UNREGISTERED), events(changes));
        assertEquals(Registration.State.TERMINATED, r.state());
        assertTrue(r.bindings().isEmpty());
    }

    @Test
    void expiresZeroForAnUnknownContactChangesNothing() throws Exception {
        List<BindingChange> changes = r.update(List.of(contact(UE1, 0)), PATH, "call-1", 1, T0);
        assertTrue(changes.isEmpty());
        assertEquals(Registration.State.INIT, r.state());

        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 2, T0);
        assertTrue(r.update(List.of(contact(UE2, 0)), PATH, "call-1", 3, T0).isEmpty());
        assertEquals(1, r.bindings().size());
        assertEquals(Registration.State.ACTIVE, r.state());
    }

    @Test
    void expireRemovesOnlyBindingsWhoseTimeIsUp() throws Exception {
        r.update(List.of(contact(UE1, 60)), PATH, "call-1", 1, T0);
        r.update(List.of(contact(UE2, 120)), PATH, "call-2", 1, T0);

        assertTrue(r.expire(T0 + 59_999).isEmpty());

        List<BindingChange> first = r.expire(T0 + 60_000);
        assertEquals(List.of(BindingEvent.EXPIRED), events(first));
        assertEquals(UE1, first.get(0).binding().contactUri());
        assertTrue(first.get(0).terminated());
        assertEquals(Registration.State.ACTIVE, r.state());
        assertEquals(T0 + 120_000, r.nextExpiryMs());

        List<BindingChange> last = r.expire(T0 + 200_000);
        assertEquals(List.of(BindingEvent.EXPIRED), events(last));
        assertEquals(UE2, last.get(0).binding().contactUri());
        assertEquals(Registration.State.TERMINATED, r.state());
        assertEquals(Long.MAX_VALUE, r.nextExpiryMs());
    }

    @Test
    void expireOnAFreshRegistrationStaysInit() {
        assertTrue(r.expire(T0).isEmpty());
        assertEquals(Registration.State.INIT, r.state());
    }

    @Test
    void terminateDeactivatesEveryBinding() throws Exception {
        r.update(List.of(contact(UE1, 600), contact(UE2, 600)), PATH, "call-1", 1, T0);

        List<BindingChange> changes = r.terminate(BindingEvent.DEACTIVATED);

        assertEquals(List.of(BindingEvent.DEACTIVATED, BindingEvent.DEACTIVATED), events(changes));
        assertEquals(List.of(UE1, UE2), changes.stream().map(c -> c.binding().contactUri()).toList());
        assertTrue(changes.stream().allMatch(BindingChange::terminated));
        assertEquals(Registration.State.TERMINATED, r.state());
        assertTrue(r.bindings().isEmpty());
    }

    @Test
    void terminateFromInitEndsItToo() {
        assertTrue(r.terminate(BindingEvent.REJECTED).isEmpty());
        assertEquals(Registration.State.TERMINATED, r.state());
    }

    @Test
    void sameCallIdWithoutHigherCseqIsOutOfOrder() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 5, T0);

        assertThrows(OutOfOrderException.class,
                () -> r.update(List.of(contact(UE1, 600)), PATH, "call-1", 5, T0 + 1000));
        assertThrows(OutOfOrderException.class,
                () -> r.update(List.of(contact(UE1, 0)), PATH, "call-1", 4, T0 + 1000));
        // nothing applied
        assertEquals(5, r.bindings().get(0).cseq());
        assertEquals(T0 + 600_000, r.bindings().get(0).expiresAtMs());
        assertEquals(Registration.State.ACTIVE, r.state());
    }

    @Test
    void anotherCallIdMayUseALowerCseq() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 5, T0);
        List<BindingChange> changes = r.update(List.of(contact(UE1, 900)), PATH, "call-9", 1, T0);
        assertEquals(List.of(BindingEvent.REFRESHED), events(changes));
        assertEquals("call-9", r.bindings().get(0).callId());
        assertEquals(1, r.bindings().get(0).cseq());
    }

    @Test
    void outOfOrderContactRejectsTheWholeRequest() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 5, T0);

        assertThrows(OutOfOrderException.class,
                () -> r.update(List.of(contact(UE2, 600), contact(UE1, 600)), PATH, "call-1", 5, T0));

        assertEquals(List.of(UE1), r.bindings().stream().map(Binding::contactUri).toList());
    }

    @Test
    void aTerminatedRegistrationIsNeverReused() throws Exception {
        r.update(List.of(contact(UE1, 600)), PATH, "call-1", 1, T0);
        r.terminate(BindingEvent.DEACTIVATED);

        assertThrows(IllegalStateException.class,
                () -> r.update(List.of(contact(UE1, 600)), PATH, "call-1", 2, T0));
        assertEquals(Registration.State.TERMINATED, r.state());
        assertTrue(r.bindings().isEmpty());
    }

    @Test
    void bindingSecondsLeftRoundsUp() {
        Binding b = new Binding(UE1, "<" + UE1 + ">", T0 + 10_000, PATH, "c", 1);
        assertEquals(10, b.secondsLeft(T0));
        assertEquals(1, b.secondsLeft(T0 + 9_001));
        assertEquals(0, b.secondsLeft(T0 + 10_000));
        assertEquals(0, b.secondsLeft(T0 + 20_000));
    }
}
