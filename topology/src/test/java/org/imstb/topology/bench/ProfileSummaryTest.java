package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where samples of collapsed stacks are counted. */
class ProfileSummaryTest {
    private static final String STACKS = String.join("\n",
            // project code calling into JAIN-SIP: JAIN-SIP's
            "java/lang/Thread.run;org/imstb/pcscf/PcscfListener.onRequest;gov/nist/javax/sip/parser/Lexer.match;"
                    + "java/lang/String.equals 40",
            // project code on its own (JDK frames below it stay the project's)
            "java/lang/Thread.run;org/imstb/scscf/registrar/Registrar.due;java/util/PriorityQueue.poll 25",
            "java/lang/Thread.run;org/imstb/scscf/registrar/Registrar.due 5",
            "java/lang/Thread.run;org/imstb/common/cx/userdata/SafeDom.parse;com/sun/org/apache/xerces/X.parse 10",
            // JAIN-SIP calling back into the project: the project's
            "java/lang/Thread.run;gov/nist/javax/sip/EventScanner.deliverEvent;org/imstb/scscf/ScscfListener.onRequest 5",
            "thread_native_entry;VMThread::run;GenCollectedHeap::do_collection;DefNewGeneration::collect 10",
            "thread_native_entry;CompileBroker::compiler_thread_loop;C2Compiler::compile_method 3",
            "thread_native_entry;__sys_sendto_[k] 2",
            "not a stack line",
            "");

    @Test
    void eachSampleBelongsToItsInnermostLibraryOrProjectFrame() {
        ProfileSummary s = ProfileSummary.of(STACKS.lines());

        assertEquals(100, s.samples());
        assertEquals(0.40, s.share("JAIN-SIP"), 1e-9);
        assertEquals(0.45, s.share("imstb"), 1e-9);
        assertEquals(0.10, s.share("GC/VM"), 1e-9);
        assertEquals(0.03, s.share("JIT"), 1e-9);
        assertEquals(0.02, s.share("other"), 1e-9);
        assertEquals(List.of("org/imstb/scscf/registrar/Registrar.due", "org/imstb/common/cx/userdata/SafeDom.parse",
                "org/imstb/scscf/ScscfListener.onRequest"), List.copyOf(s.projectMethods().keySet()));
        assertEquals(30L, s.projectMethods().get("org/imstb/scscf/registrar/Registrar.due"));
    }

    @Test
    void theLineNamesSharesMostFirstAndTheTopOwnMethods() {
        String line = ProfileSummary.of(STACKS.lines()).line("scscf1", 2);

        assertEquals("profile scscf1 (100 samples): imstb 45.0 %, JAIN-SIP 40.0 %, GC/VM 10.0 %, JIT 3.0 %, other 2.0 %;"
                + " own code: Registrar.due 30.0 %, SafeDom.parse 10.0 %", line);
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("n.collapsed"), STACKS);

        assertEquals(100, ProfileSummary.read(file).samples());
        assertEquals(0, ProfileSummary.of(Stream.empty()).share("imstb"));
    }
}
