package org.imstb.scscf.regevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.imstb.common.sip.reginfo.Contact;
import org.imstb.common.sip.reginfo.ContactEvent;
import org.imstb.common.sip.reginfo.ContactState;
import org.imstb.common.sip.reginfo.RegState;
import org.imstb.common.sip.reginfo.Reginfo;
import org.imstb.common.sip.reginfo.ReginfoXml;
import org.imstb.scscf.registrar.BindingChange;
import org.imstb.scscf.registrar.BindingEvent;
import org.imstb.scscf.registrar.ContactRequest;
import org.imstb.scscf.registrar.Registration;
import org.junit.jupiter.api.Test;

/** Reginfo documents (RFC 3680 §5.3, TS 24.229 §5.4.2.1.2) built from a registration and its changes. */
class ReginfoBuilderTest {
    private static final String ALICE = "sip:alice@domain1.test";
    private static final String ALICE_TEL = "tel:+15551001";
    private static final String UE1 = "sip:alice@[2001:db8:1::10]:5062";
    private static final String UE2 = "sip:alice@[2001:db8:1::11]:5064";
    // "i" + hex of String.hashCode(), computed independently
    private static final String ALICE_ID = "i7b7e3653";
    private static final String ALICE_TEL_ID = "i604972b0";
    private static final String UE1_ID = "i6a0e1864";
    private static final String UE2_ID = "i9ef453a7";
    private static final long T0 = 1_000_000L;

    private final Registration r = new Registration("alice@domain1.test", List.of(ALICE, ALICE_TEL), null);

    private List<BindingChange> update(String uri, int expires, long cseq, long nowMs) throws Exception {
        return r.update(List.of(new ContactRequest(uri, "<" + uri + ">", expires)), List.of(), "call-1", cseq, nowMs);
    }

    @Test
    void fullStateHasOneRegistrationPerIdentityWithEveryContact() throws Exception {
        update(UE1, 600, 1, T0);
        update(UE2, 300, 2, T0);

        Reginfo doc = ReginfoBuilder.full(r, 0, T0 + 100_000);

        assertEquals(0, doc.version());
        assertEquals(Reginfo.State.FULL, doc.state());
        assertEquals(List.of(ALICE, ALICE_TEL), doc.registrations().stream()
                .map(org.imstb.common.sip.reginfo.Registration::aor).toList());
        assertEquals(List.of(ALICE_ID, ALICE_TEL_ID), doc.registrations().stream()
                .map(org.imstb.common.sip.reginfo.Registration::id).toList());
        List<Contact> contacts = List.of(
                new Contact(UE1_ID, ContactState.ACTIVE, ContactEvent.REGISTERED, 500, UE1, null),
                new Contact(UE2_ID, ContactState.ACTIVE, ContactEvent.REGISTERED, 200, UE2, null));
        for (org.imstb.common.sip.reginfo.Registration reg : doc.registrations()) {
            assertEquals(RegState.ACTIVE, reg.state(), reg.aor());
            assertEquals(contacts, reg.contacts(), reg.aor());
        }
    }

    @Test
    void fullStateEncodesToTheGoldenDocument() throws Exception {
        update(UE1, 600, 1, T0);

        assertEquals(resource("full-implicit-set.xml"), ReginfoXml.encode(ReginfoBuilder.full(r, 3, T0 + 1)));
    }

    @Test
    void fullStateOfANewRegistrationIsInitWithoutContacts() {
        Reginfo doc = ReginfoBuilder.full(r, 0, T0);

        assertEquals(2, doc.registrations().size());
        for (org.imstb.common.sip.reginfo.Registration reg : doc.registrations()) {
            assertEquals(RegState.INIT, reg.state());
            assertTrue(reg.contacts().isEmpty());
        }
    }

    @Test
    void partialStateHoldsOnlyTheChangedContacts() throws Exception {
        update(UE1, 600, 1, T0);
        List<BindingChange> created = update(UE2, 600, 2, T0 + 10_000);

        Reginfo doc = ReginfoBuilder.partial(r, 1, created, T0 + 10_000);

        assertEquals(1, doc.version());
        assertEquals(Reginfo.State.PARTIAL, doc.state());
        assertEquals(2, doc.registrations().size());
        for (org.imstb.common.sip.reginfo.Registration reg : doc.registrations()) {
            assertEquals(RegState.ACTIVE, reg.state());
            assertEquals(List.of(new Contact(UE2_ID, ContactState.ACTIVE, ContactEvent.REGISTERED, 600, UE2, null)),
                    reg.contacts());
        }
    }

    @Test
    void partialStateNamesRefreshedAndShortened() throws Exception {
        update(UE1, 600, 1, T0);

        Reginfo refreshed = ReginfoBuilder.partial(r, 1, update(UE1, 600, 2, T0 + 60_000), T0 + 60_000);
        assertEquals(new Contact(UE1_ID, ContactState.ACTIVE, ContactEvent.REFRESHED, 600, UE1, null),
                refreshed.registrations().get(0).contacts().get(0));

        Reginfo shortened = ReginfoBuilder.partial(r, 2, update(UE1, 120, 3, T0 + 120_000), T0 + 120_000);
        assertEquals(new Contact(UE1_ID, ContactState.ACTIVE, ContactEvent.SHORTENED, 120, UE1, null),
                shortened.registrations().get(1).contacts().get(0));
    }

    @Test
    void terminatedContactsCarryNoExpires() throws Exception {
        update(UE1, 600, 1, T0);
        update(UE2, 600, 2, T0);

        Reginfo unregistered = ReginfoBuilder.partial(r, 1, update(UE1, 0, 3, T0 + 1000), T0 + 1000);
        Contact c = unregistered.registrations().get(0).contacts().get(0);
        assertEquals(new Contact(UE1_ID, ContactState.TERMINATED, ContactEvent.UNREGISTERED, null, UE1, null), c);
        assertNull(c.expires());
        assertEquals(RegState.ACTIVE, unregistered.registrations().get(0).state(), "UE2 is still bound");

        Reginfo expired = ReginfoBuilder.partial(r, 2, r.expire(T0 + 600_000), T0 + 600_000);
        assertEquals(List.of(new Contact(UE2_ID, ContactState.TERMINATED, ContactEvent.EXPIRED, null, UE2, null)),
                expired.registrations().get(1).contacts());
        assertEquals(RegState.TERMINATED, expired.registrations().get(1).state());
    }

    @Test
    void networkDeregistrationTerminatesEveryRegistrationElement() throws Exception {
        update(UE1, 600, 1, T0);
        update(UE2, 600, 2, T0);

        Reginfo doc = ReginfoBuilder.partial(r, 5, r.terminate(BindingEvent.DEACTIVATED), T0 + 1000);

        assertEquals(List.of(ALICE, ALICE_TEL), doc.registrations().stream()
                .map(org.imstb.common.sip.reginfo.Registration::aor).toList());
        for (org.imstb.common.sip.reginfo.Registration reg : doc.registrations()) {
            assertEquals(RegState.TERMINATED, reg.state());
            assertEquals(List.of(
                    new Contact(UE1_ID, ContactState.TERMINATED, ContactEvent.DEACTIVATED, null, UE1, null),
                    new Contact(UE2_ID, ContactState.TERMINATED, ContactEvent.DEACTIVATED, null, UE2, null)),
                    reg.contacts());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReginfoBuilderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
