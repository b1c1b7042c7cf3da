package org.imstb.common.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;

/** Test records from zone-file lines, e.g. {@code "_sip._udp.d.test. 60 IN SRV 0 0 5060 icscf.d.test."}. */
final class Records {
    private Records() {
    }

    static Record parse(String line) {
        try (Master m = new Master(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), Name.root, 60)) {
            return m.nextRecord();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SRVRecord srv(int priority, int weight, int port, String target) {
        return (SRVRecord) parse("_sip._udp.d.test. 60 IN SRV " + priority + " " + weight + " " + port + " " + target);
    }

    static NAPTRRecord naptr(int order, int pref, String flags, String service, String regexp, String repl) {
        return (NAPTRRecord) parse("d.test. 60 IN NAPTR " + order + " " + pref + " \"" + flags + "\" \"" + service
                + "\" \"" + regexp.replace("\\", "\\\\") + "\" " + repl);
    }
}
