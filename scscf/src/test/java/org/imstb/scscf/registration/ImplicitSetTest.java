package org.imstb.scscf.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.imstb.common.cx.userdata.ImsSubscription;
import org.junit.jupiter.api.Test;

/**
 * {@link RegisterHandler#implicitSet}: the registered identity first, then every other public user identity of the
 * User-Data (all service profiles) that is not barred; PSIs are left out.
 */
class ImplicitSetTest {
    private static final ImsSubscription SUB = ImsSubscription.parse(SipText.load("implicit-set-user-data.xml"));

    @Test
    void registeredIdentityFirstThenTheOthersInDocumentOrder() {
        assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001", "sip:alice.work@domain1.test"),
                RegisterHandler.implicitSet("sip:alice@domain1.test", SUB));
    }

    @Test
    void aTelIdentityRegisteredLeadsTheSet() {
        assertEquals(List.of("tel:+15551001", "sip:alice@domain1.test", "sip:alice.work@domain1.test"),
                RegisterHandler.implicitSet("tel:+15551001", SUB));
    }

    @Test
    void theRegisteredIdentityIsNotRepeatedWhateverItsCase() {
        assertEquals(List.of("sip:ALICE@domain1.test", "tel:+15551001", "sip:alice.work@domain1.test"),
                RegisterHandler.implicitSet("sip:ALICE@domain1.test", SUB));
    }

    @Test
    void barredIdentitiesAndServiceIdentitiesAreLeftOut() {
        List<String> set = RegisterHandler.implicitSet("sip:alice.work@domain1.test", SUB);
        assertEquals(List.of("sip:alice.work@domain1.test", "sip:alice@domain1.test", "tel:+15551001"), set);
    }
}
