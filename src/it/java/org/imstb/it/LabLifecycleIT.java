package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.netns.NetnsFabric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default topology (two operator domains, DNS network, router) brought up with {@code imstb up}, checked with
 * {@code imstb status}, used (a UE of each domain registers through its P-CSCF, the CSCFs routing by DNS), and taken
 * down with {@code imstb down}, which must leave no process, namespace or link behind. Once on the netns runtime
 * (skipped where namespaces are not permitted) and once on the local runtime. The lab is named per test run so it never
 * touches a user's lab.
 */
class LabLifecycleIT {
    @TempDir
    Path dir;

    private Path topology(String name) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, TopologyLoader.defaultText().replace("name: ims", "name: " + name),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void defaultTopologyOnNetworkNamespaces() throws Exception {
        NetnsFabric.Availability netns = NetnsFabric.probe();
        assumeTrue(netns.available(), "netns runtime not possible here (" + netns.reason() + "): skipped");
        String lab = "itn" + ProcessHandle.current().pid() % 10_000;
        ImstbCli imstb = new ImstbCli(dir.resolve("run"));
        Path runDir = dir.resolve("run").resolve(lab);
        List<Long> pids = new ArrayList<>();
        try {
            ImstbCli.Result up = imstb.run(240, "up", topology(lab).toString(), "--runtime", "netns");
            assertTrue(up.ok(), up.output());
            assertTrue(up.output().contains("lab " + lab + " up in"), up.output());
            pids.addAll(pids(runDir));
            assertEquals(13, pids.size(), "dns + hss, icscf, scscf, pcscf, dhcp, as per domain: " + pids);

            ImstbCli.Result status = imstb.run(60, "status", "--json");
            assertTrue(status.ok(), status.output());
            JsonNode nodes = LabState.json().readTree(status.output()).get("nodes");
            assertEquals(18, nodes.size());
            for (JsonNode n : nodes) {
                String state = n.get("state").asText();
                assertTrue(state.equals("ready") || state.equals("no process"), n.toString());
            }

            // neighbours on each network and across the router, by host name (the namespaces' hosts files)
            ImstbCli.Result ping = imstb.run(60, "exec", "router", "--", "sh", "-c",
                    "for h in pcscf.domain1.test icscf.domain1.test scscf.domain1.test hss.domain1.test "
                    + "pdf.domain1.test dhcp.domain1.test pcscf.domain2.test hss.domain2.test fd00:0:0:3::53 "
                    + "fd00:0:0:1::100 fd00:0:0:2::100; do ping -6 -c1 -W3 $h >/dev/null || { echo unreachable $h; "
                    + "exit 1; }; done; echo all reachable");
            assertTrue(ping.ok() && ping.output().contains("all reachable"), ping.output());
            ImstbCli.Result across = imstb.run(60, "exec", "pcscf1", "--", "ping", "-6", "-c1", "-W3",
                    "icscf.domain2.test");
            assertTrue(across.ok(), "domain1 reaches domain2 through the router: " + across.output());

            Path pcaps = dir.resolve("pcaps");
            Process capture = imstb.start(dir.resolve("capture.log"), "capture", "net1", "net3", "--out",
                    pcaps.toString());
            awaitFile(pcaps.resolve("net1.pcap"), capture);
            awaitFile(pcaps.resolve("net3.pcap"), capture);
            LabState state = LabState.read(runDir);
            for (String ue : List.of("ue1", "ue2")) {
                String hint = state.node(ue).hint();
                List<String> args = new ArrayList<>(List.of(hint.replaceFirst("^imstb ", "").split(" ")));
                ImstbCli.Result reg = imstb.run(90, args.toArray(String[]::new));
                assertTrue(reg.ok() && reg.output().contains(": 200 OK"), ue + ": " + reg.output());
            }
            ImstbCli.Result flow = imstb.run(60, "trace", "check", "registration", "--user", "alice");
            assertTrue(flow.ok(), "alice's registration against the TS 24.228 flow: " + flow.output());
            capture.destroy(); // SIGTERM: the launcher stops tcpdump, which flushes the files
            assertTrue(capture.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "capture did not stop");
            byte[] net1 = Files.readAllBytes(pcaps.resolve("net1.pcap"));
            byte[] net3 = Files.readAllBytes(pcaps.resolve("net3.pcap"));
            assertTrue(isPcap(net1) && isPcap(net3), "pcap magic");
            String net1Text = new String(net1, StandardCharsets.ISO_8859_1);
            assertTrue(net1Text.contains("REGISTER sip:domain1.test SIP/2.0"), "net1 carries domain1's REGISTERs");
            assertTrue(net1Text.contains("alice@domain1.test"), "and its Cx (User-Name in UAR/MAR/SAR)");
            assertTrue(new String(net3, StandardCharsets.ISO_8859_1).contains("\004_sip\004_udp"),
                    "net3 carries the CSCFs' SRV queries to the DNS");
            tsharkDecodes(pcaps.resolve("net1.pcap"), pcaps.resolve("net3.pcap"));
        } finally {
            ImstbCli.Result down = imstb.run(120, "down");
            assertTrue(down.ok(), down.output());
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " left");
        }
        assertTrue(NetnsFabric.leftovers(lab).isEmpty(), NetnsFabric.leftovers(lab).toString());
        assertFalse(ImstbCli.sh("ip", "netns", "list").output().contains("imstb-" + lab + "-"));
        assertFalse(ImstbCli.sh("ip", "link", "show").output().contains(lab + "-"));
    }

    @Test
    void defaultTopologyOnTheLoopback() throws Exception {
        String lab = "itl" + ProcessHandle.current().pid() % 10_000;
        ImstbCli imstb = new ImstbCli(dir.resolve("run"));
        Path runDir = dir.resolve("run").resolve(lab);
        List<Long> pids = new ArrayList<>();
        try {
            ImstbCli.Result up = imstb.run(240, "up", topology(lab).toString(), "--runtime", "local");
            assertTrue(up.ok(), up.output());
            pids.addAll(pids(runDir));
            assertEquals(11, pids.size(), "dns + hss, icscf, scscf, pcscf, as per domain (no DHCPv6 without a link): "
                    + pids);
            ImstbCli.Result status = imstb.run(60, "status");
            assertTrue(status.ok(), status.output());
            Matcher m = Pattern.compile("(?m)^pcscf1\\s+pcscf\\s+domain1\\.test\\s+ready\\s").matcher(status.output());
            assertTrue(m.find(), status.output());
            assertTrue(Pattern.compile("(?m)^as2\\s+as\\s+domain2\\.test\\s+ready\\s").matcher(status.output()).find(),
                    status.output());

            LabState state = LabState.read(runDir);
            for (String ue : List.of("ue1", "ue2")) {
                String hint = state.node(ue).hint();
                List<String> args = new ArrayList<>(List.of(hint.replaceFirst("^imstb ", "").split(" ")));
                ImstbCli.Result reg = imstb.run(90, args.toArray(String[]::new));
                assertTrue(reg.ok() && reg.output().contains(": 200 OK"), ue + ": " + reg.output());
            }
            // on the loopback every UE is ::1: the trace still names alice's UE ue1 (by the P-CSCF that saw it)
            ImstbCli.Result flow = imstb.run(60, "trace", "check", "registration", "--user", "alice");
            assertTrue(flow.ok(), flow.output());
            ImstbCli.Result logs = imstb.run(30, "logs", "scscf1", "-n", "50");
            assertTrue(logs.output().contains("SIP listening"), logs.output());
        } finally {
            ImstbCli.Result down = imstb.run(120, "down");
            assertTrue(down.ok(), down.output());
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " left");
        }
        assertFalse(Files.exists(runDir.resolve(LabState.FILE)));
    }

    /**
     * Where Wireshark's tshark is installed: it reads both captures without a malformed packet, and decodes SIP and
     * Diameter Cx on the domain network and DNS on the DNS network.
     */
    private static void tsharkDecodes(Path net1, Path net3) throws Exception {
        if (!ImstbCli.sh("sh", "-c", "command -v tshark").ok()) {
            System.out.println("tshark not installed: pcap decoding not checked");
            return;
        }
        for (Path p : List.of(net1, net3)) {
            ImstbCli.Result malformed = ImstbCli.sh("tshark", "-n", "-r", p.toString(), "-Y", "_ws.malformed");
            assertTrue(malformed.ok(), malformed.output());
            assertFalse(malformed.output().lines().anyMatch(l -> l.contains("Malformed")), p + ":\n"
                    + malformed.output());
        }
        ImstbCli.Result sip = ImstbCli.sh("tshark", "-n", "-r", net1.toString(), "-Y", "sip.Method == \"REGISTER\"");
        assertTrue(sip.output().contains("REGISTER"), "tshark decodes SIP on net1: " + sip.output());
        ImstbCli.Result cx = ImstbCli.sh("tshark", "-n", "-r", net1.toString(), "-Y", "diameter.cmd.code == 300");
        assertTrue(cx.output().contains("DIAMETER"), "tshark decodes Cx (UAR/UAA) on net1: " + cx.output());
        ImstbCli.Result dns = ImstbCli.sh("tshark", "-n", "-r", net3.toString(), "-Y", "dns.qry.type == 33");
        assertTrue(dns.output().contains("SRV"), "tshark decodes the SRV queries on net3: " + dns.output());
    }

    private static boolean isPcap(byte[] b) {
        return b.length > 24 && (b[0] & 0xff) == 0xd4 && (b[1] & 0xff) == 0xc3 && (b[2] & 0xff) == 0xb2
                || b.length > 24 && (b[0] & 0xff) == 0x0a && (b[1] & 0xff) == 0x0d; // pcap or pcapng (dumpcap)
    }

    private static void awaitFile(Path f, Process capture) throws Exception {
        for (int i = 0; i < 300 && !Files.exists(f); i++) {
            assertTrue(capture.isAlive(), "capture exited early");
            Thread.sleep(100);
        }
        assertTrue(Files.exists(f), f + " not created");
        Thread.sleep(500); // tcpdump opens the file, then starts reading the interface
    }

    private static List<Long> pids(Path runDir) throws Exception {
        List<Long> pids = new ArrayList<>();
        try (var files = Files.list(runDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                pids.add(Long.parseLong(Files.readString(f).trim()));
            }
        }
        return pids;
    }
}
