package org.imstb.topology.runtime.netns;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and removes a lab's objects, also after a crash: namespaces {@code imstb-<lab>-*} under
 * {@code /var/run/netns}, the host link {@code <lab>-mgmt}, and {@code /etc/netns/imstb-<lab>-*}. Processes still
 * inside the namespaces are found by their {@code /proc/<pid>/ns/net} (what {@code ip netns pids} does, without a
 * process per namespace) and killed first. Never touches a name without the lab's prefix.
 */
final class FabricJanitor {
    private static final Logger LOG = LoggerFactory.getLogger(FabricJanitor.class);
    static final Path NETNS_DIR = Path.of("/var/run/netns");
    static final Path ETC_NETNS = Path.of("/etc/netns");
    static final Path SYS_NET = Path.of("/sys/class/net");
    private static final long TERM_GRACE_MILLIS = 2_000;

    private FabricJanitor() {
    }

    /** The lab's namespaces present now, sorted. */
    static List<String> namespaces(String lab) throws IOException {
        return labEntries(NETNS_DIR, lab);
    }

    /** The lab's /etc/netns directories present now. */
    static List<Path> etcDirs(String lab) throws IOException {
        return labEntries(ETC_NETNS, lab).stream().map(ETC_NETNS::resolve).toList();
    }

    static boolean hostLinkPresent(String lab) {
        return Files.exists(SYS_NET.resolve(FabricNames.hostLink(lab)));
    }

    static List<String> leftovers(String lab) throws IOException {
        List<String> all = new ArrayList<>(namespaces(lab));
        if (hostLinkPresent(lab)) {
            all.add(FabricNames.hostLink(lab));
        }
        etcDirs(lab).forEach(d -> all.add(d.toString()));
        return all;
    }

    static void destroy(String lab) throws IOException {
        FabricNames.lab(lab);
        List<String> namespaces = namespaces(lab);
        boolean hostLink = hostLinkPresent(lab);
        List<String> problems = new ArrayList<>();
        if (!namespaces.isEmpty()) {
            kill(pidsIn(namespaces));
        }
        if (!namespaces.isEmpty() || hostLink) {
            Batch teardown = FabricScript.teardown(namespaces, hostLink ? FabricNames.hostLink(lab) : null);
            BatchRunner.Outcome outcome = BatchRunner.run(teardown);
            if (!outcome.ok()) {
                problems.add(BatchRunner.failure(teardown, outcome));
            }
        }
        for (Path dir : etcDirs(lab)) {
            try {
                org.imstb.topology.runtime.Directories.delete(dir);
            } catch (IOException e) {
                problems.add("cannot delete " + dir + ": " + e);
            }
        }
        List<String> left = leftovers(lab);
        if (!left.isEmpty()) {
            throw new IOException("lab " + lab + " not fully removed, still present: " + left
                    + (problems.isEmpty() ? "" : "; " + String.join("; ", problems)));
        }
        if (!problems.isEmpty()) {
            LOG.debug("lab {} removed despite: {}", lab, problems);
        }
    }

    /** Pids of processes (other than this one) whose network namespace is one of {@code namespaces}. */
    static Set<Long> pidsIn(List<String> namespaces) throws IOException {
        Map<Long, String> inodes = new HashMap<>();
        for (String ns : namespaces) {
            try {
                inodes.put((Long) Files.getAttribute(NETNS_DIR.resolve(ns), "unix:ino"), ns);
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("no inode for {}: {}", ns, e.toString());
            }
        }
        Set<Long> pids = new TreeSet<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), p -> isNumber(p.getFileName()))) {
            for (Path p : proc) {
                Optional<Long> inode = netnsInode(p);
                long pid = Long.parseLong(p.getFileName().toString());
                if (inode.isPresent() && inodes.containsKey(inode.get()) && pid != self) {
                    LOG.debug("process {} is inside {}", pid, inodes.get(inode.get()));
                    pids.add(pid);
                }
            }
        }
        return pids;
    }

    /** SIGTERM, a short grace period, then SIGKILL for whatever is left. */
    static void kill(Set<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        LOG.info("stopping {} process(es) left inside the lab's namespaces: {}", pids.size(), pids);
        List<ProcessHandle> handles = pids.stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.currentTimeMillis() + TERM_GRACE_MILLIS;
        while (handles.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
        handles.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deadline = System.currentTimeMillis() + TERM_GRACE_MILLIS;
        while (handles.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
    }

    private static Optional<Long> netnsInode(Path procDir) {
        try {
            String link = Files.readSymbolicLink(procDir.resolve("ns/net")).toString();
            int open = link.indexOf('[');
            int close = link.indexOf(']');
            return open < 0 || close < open ? Optional.empty()
                    : Optional.of(Long.parseLong(link.substring(open + 1, close)));
        } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static List<String> labEntries(Path dir, String lab) throws IOException {
        String prefix = FabricNames.namespacePrefix(lab);
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && FabricNames.isLabSuffix(n.substring(prefix.length())))
                    .sorted()
                    .forEach(names::add);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return names;
    }

    private static boolean isNumber(Path name) {
        String s = name.toString();
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
