package org.imstb.scscf.regevent;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.Dialog;

import org.imstb.scscf.registrar.Registration;

/**
 * One reg event subscription (RFC 3680) to a registration: its dialog, who subscribed, until when, and the version
 * counter of the reginfo documents sent on it.
 */
final class Subscription {
    private final Dialog dialog;
    private final Registration registration;
    private final String subscriber;
    private final AtomicInteger version = new AtomicInteger();
    private volatile long expiresAtMs;

    Subscription(Dialog dialog, Registration registration, String subscriber, long expiresAtMs) {
        this.dialog = dialog;
        this.registration = registration;
        this.subscriber = subscriber;
        this.expiresAtMs = expiresAtMs;
    }

    Dialog dialog() {
        return dialog;
    }

    Registration registration() {
        return registration;
    }

    String subscriber() {
        return subscriber;
    }

    long expiresAtMs() {
        return expiresAtMs;
    }

    void refresh(long expiresAtMs) {
        this.expiresAtMs = expiresAtMs;
    }

    /** The version for the next document: 0, 1, 2... */
    int nextVersion() {
        return version.getAndIncrement();
    }
}
