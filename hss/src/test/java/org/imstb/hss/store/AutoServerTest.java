package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HSS node opens its file database with AUTO_SERVER=TRUE; a second process (the provisioning CLI) opening the
 * same URL then works on the same data through the first one.
 */
class AutoServerTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessProvisionsARunningStore() throws Exception {
        String url = SubscriberStore.fileUrl(dir);
        try (SubscriberStore node = SubscriberStore.open(url)) {
            node.apply(Fixtures.catalog());
            node.add(Fixtures.alice());
            assertEquals(32, node.nextSqn("alice@domain1.test"));

            String output = runPeer(url);
            assertTrue(output.contains("count=2 sqn=64"), output);

            assertEquals(2, node.count());
            assertEquals("sip:carol@domain1.test", node.findPublic("sip:carol@domain1.test").orElseThrow().identity());
            assertEquals(96, node.nextSqn("alice@domain1.test"));
        }
    }

    private static String runPeer(String url) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", cp, AutoServerPeer.class.getName(), url)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "peer did not finish: " + output);
        assertEquals(0, p.exitValue(), output);
        return output;
    }
}
