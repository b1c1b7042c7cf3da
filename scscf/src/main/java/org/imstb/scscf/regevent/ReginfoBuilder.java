package org.imstb.scscf.regevent;

import java.util.ArrayList;
import java.util.List;

import org.imstb.common.sip.reginfo.Contact;
import org.imstb.common.sip.reginfo.ContactEvent;
import org.imstb.common.sip.reginfo.ContactState;
import org.imstb.common.sip.reginfo.RegState;
import org.imstb.common.sip.reginfo.Reginfo;
import org.imstb.scscf.registrar.Binding;
import org.imstb.scscf.registrar.BindingChange;
import org.imstb.scscf.registrar.Registration;

/**
 * Reginfo documents for a registration (RFC 3680 §5.3, TS 24.229 §5.4.2.1.2): one registration element per public
 * identity of the implicit set, each with the contacts. Full state lists every current binding; partial state only
 * the changed ones. No I/O.
 */
final class ReginfoBuilder {
    private ReginfoBuilder() {
    }

    static Reginfo full(Registration r, int version, long nowMs) {
        List<Contact> contacts = new ArrayList<>();
        for (Binding b : r.bindings()) {
            contacts.add(contact(b, ContactState.ACTIVE, ContactEvent.REGISTERED, b.secondsLeft(nowMs)));
        }
        return document(r, version, Reginfo.State.FULL, contacts);
    }

    static Reginfo partial(Registration r, int version, List<BindingChange> changes, long nowMs) {
        List<Contact> contacts = new ArrayList<>();
        for (BindingChange c : changes) {
            contacts.add(contact(c.binding(), c.terminated() ? ContactState.TERMINATED : ContactState.ACTIVE,
                    ContactEvent.valueOf(c.event().name()), c.terminated() ? null : c.binding().secondsLeft(nowMs)));
        }
        return document(r, version, Reginfo.State.PARTIAL, contacts);
    }

    private static Reginfo document(Registration r, int version, Reginfo.State state, List<Contact> contacts) {
        RegState regState = switch (r.state()) {
            case INIT -> RegState.INIT;
            case ACTIVE -> RegState.ACTIVE;
            case TERMINATED -> RegState.TERMINATED;
        };
        List<org.imstb.common.sip.reginfo.Registration> regs = new ArrayList<>();
        for (String id : r.identities()) {
            regs.add(new org.imstb.common.sip.reginfo.Registration(id, id(id), regState, contacts));
        }
        return new Reginfo(version, state, regs);
    }

    private static Contact contact(Binding b, ContactState state, ContactEvent event, Integer expires) {
        return new Contact(id(b.contactUri()), state, event, expires, b.contactUri(), null);
    }

    private static String id(String s) {
        return "i" + Integer.toHexString(s.hashCode());
    }
}
