package org.imstb.hss.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imstb.hss.store.SubscriberStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HssCommandTest {
    static final String K = "7e0114c01987caec21efa86c9b1394db";
    static final String OPC = "30cf8905bb2ee27420c1558292479225";

    @TempDir
    Path dir;
    String db;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() {
        db = "jdbc:h2:file:" + dir.resolve("hss");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new HssCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return cl.execute(all);
    }

    int count() {
        try (SubscriberStore store = SubscriberStore.open(DbOption.withAutoServer(db))) {
            return store.count();
        }
    }

    int addAlice() {
        return run("add", "--impi", "alice@domain1.test", "--impu", "sip:alice@domain1.test", "--impu",
                "tel:+15551001", "--auth", "aka", "--k", K, "--opc", OPC, "--amf", "b9b9");
    }

    @Test
    void addListShowRemove() {
        assertEquals(0, addAlice(), err.toString());
        assertTrue(out.toString().startsWith("added subscription alice"), out.toString());
        assertEquals(0, run("add", "--name", "bob", "--impi", "bob@domain1.test", "--impu", "sip:bob@domain1.test",
                "--auth", "digest", "--password", "s3cret"), err.toString());

        assertEquals(0, run("list"));
        assertEquals("alice\talice@domain1.test\tsip:alice@domain1.test,tel:+15551001\n"
                + "bob\tbob@domain1.test\tsip:bob@domain1.test\n", out.toString());

        assertEquals(0, run("show", "alice"));
        String masked = out.toString();
        assertTrue(masked.contains("impi: \"alice@domain1.test\""), masked);
        assertTrue(masked.contains("k: \"" + YamlView.MASK + "\""), masked);
        assertFalse(masked.contains(K), masked);
        assertTrue(masked.contains("implicitSet: \"alice\""), masked);

        assertEquals(0, run("show", "bob", "--show-secrets"));
        assertTrue(out.toString().contains("password: \"s3cret\""), out.toString());

        assertEquals(0, run("remove", "alice"));
        assertEquals(1, count());
        assertEquals(2, run("remove", "alice"));
        assertEquals("error: NAME: no subscription named 'alice'\n", err.toString());
        assertEquals(2, run("show", "alice"));
    }

    @Test
    void showOutputWithSecretsCanBeImportedAgain() throws IOException {
        addAlice();
        run("show", "alice", "--show-secrets");
        Path f = dir.resolve("alice.yaml");
        Files.writeString(f, out.toString());
        assertEquals(0, run("import", f.toString()), err.toString());
        assertEquals("imported 1 subscriptions, 0 service profiles, 0 application servers, 0 S-CSCFs from " + f
                + "\n", out.toString());
        assertEquals(1, count());
    }

    @Test
    void badInputNamesTheFieldExitsWith2AndChangesNothing() {
        assertEquals(2, run("add", "--impi", "alice@domain1.test", "--impu", "sip:alice@domain1.test", "--auth",
                "aka", "--k", "7e01", "--opc", OPC));
        assertEquals("error: --k: must be 32 hex digits (16 bytes): hex string decodes to 2 bytes, expected 16\n",
                err.toString());
        assertEquals(2, run("add", "--impi", "alice@domain1.test", "--impu", "alice", "--auth", "digest",
                "--password", "x"));
        assertEquals("error: --impu: must be a sip:, sips: or tel: URI, got 'alice'\n", err.toString());
        assertEquals(2, run("add", "--impi", "alice", "--impu", "sip:alice@domain1.test", "--auth", "digest",
                "--password", "x"));
        assertTrue(err.toString().startsWith("error: --impi: must be an NAI"), err.toString());
        assertEquals(2, run("add", "--impi", "alice@domain1.test", "--impu", "sip:alice@domain1.test", "--auth",
                "md4"));
        assertTrue(err.toString().contains("--auth"), err.toString());
        assertEquals(2, run("add", "--impi", "alice@domain1.test", "--impu", "sip:alice@domain1.test", "--auth",
                "digest", "--password", "x", "--profile", "gold"));
        assertEquals("error: public identity sip:alice@domain1.test names service profile 'gold', which is not "
                + "provisioned\n", err.toString());
        assertEquals(0, count());

        assertEquals(0, addAlice());
        assertEquals(2, run("add", "--name", "alice2", "--impi", "alice2@domain1.test", "--impu", "tel:+15551001",
                "--auth", "digest", "--password", "x"));
        assertEquals("error: public identity tel:+15551001 already belongs to subscription 'alice'\n", err.toString());
        assertEquals(1, count());
    }

    @Test
    void importErrorsNameFileLineAndField() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "subscriptions:\n  - name: x\n    privateIdentities:\n      - impi: x@domain1.test\n"
                + "        aka: {k: \"00\", opc: \"" + OPC + "\"}\n    publicIdentities:\n"
                + "      - identity: sip:x@domain1.test\n");
        assertEquals(2, run("import", f.toString()));
        assertEquals("error: " + f + ":5: subscriptions[0].privateIdentities[0].aka.k: must be 32 hex digits "
                + "(16 bytes): hex string decodes to 1 bytes, expected 16\n", err.toString());
        assertEquals(0, count());
    }

    @Test
    void importsTheDemoFile() throws IOException {
        Path f = dir.resolve("demo.yaml");
        try (InputStream in = getClass().getResourceAsStream("demo-subscribers.yaml")) {
            Files.copy(in, f);
        }
        assertEquals(0, run("import", f.toString()), err.toString());
        assertEquals(0, run("import", f.toString()), err.toString());
        assertEquals(3, count());
    }

    @Test
    void subcommandIsRequired() {
        CommandLine cl = new CommandLine(new HssCommand());
        StringWriter e = new StringWriter();
        cl.setErr(new PrintWriter(e, true));
        assertEquals(2, cl.execute());
        assertTrue(e.toString().startsWith("error: a subcommand is required"), e.toString());
    }

    @Test
    void autoServerIsAddedToH2FileUrls() {
        assertEquals("jdbc:h2:file:./x;AUTO_SERVER=TRUE", DbOption.withAutoServer("jdbc:h2:file:./x"));
        assertEquals("jdbc:h2:./x;AUTO_SERVER=TRUE", DbOption.withAutoServer("jdbc:h2:./x"));
        assertEquals("jdbc:h2:file:./x;auto_server=true", DbOption.withAutoServer("jdbc:h2:file:./x;auto_server=true"));
        assertEquals("jdbc:h2:mem:x", DbOption.withAutoServer("jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:tcp://db/x", DbOption.withAutoServer("jdbc:h2:tcp://db/x"));
        assertEquals("jdbc:postgresql://db/x", DbOption.withAutoServer("jdbc:postgresql://db/x"));
    }
}
