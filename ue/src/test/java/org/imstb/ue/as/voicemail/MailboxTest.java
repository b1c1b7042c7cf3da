package org.imstb.ue.as.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MailboxTest {
    private static Mailbox.Message m(String text) {
        return new Mailbox.Message("sip:alice@domain1.test", "text/plain", text, 0);
    }

    @Test
    void keepsAtMostMaxPerUserOldestGoingFirst() {
        Mailbox box = new Mailbox(2);
        assertEquals(1, box.add("sip:bob@domain1.test", m("1")));
        assertEquals(2, box.add("sip:bob@domain1.test", m("2")));
        assertEquals(2, box.add("sip:bob@domain1.test", m("3")));
        box.add("sip:carol@domain1.test", m("x"));
        assertEquals(List.of("2", "3"), box.messages("sip:bob@domain1.test").stream().map(Mailbox.Message::text)
                .toList());
        assertEquals(3, box.count());
        assertEquals(Map.of("sip:bob@domain1.test", 2, "sip:carol@domain1.test", 1), box.counts());
        assertEquals(List.of(), box.messages("sip:nobody@domain1.test"));
    }
}
