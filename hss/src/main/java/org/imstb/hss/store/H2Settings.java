package org.imstb.hss.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Statement;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** H2-specific settings of the store: the AUTO_SERVER bind address and the page cache size. */
final class H2Settings {
    private static final Logger LOG = LoggerFactory.getLogger(H2Settings.class);
    /** H2 page cache in KB when every request reads the database: enough for 100,000 subscribers. */
    static final int CACHE_KB = 32 * 1024;
    /** H2 page cache in KB behind the in-memory copies, which serve the reads: the writes' pages. */
    static final int CACHE_KB_BEHIND_COPIES = 8 * 1024;

    private H2Settings() {
    }

    /**
     * H2 AUTO_SERVER serves the database on a TCP port; keep it on loopback (the provisioning CLI runs on the same
     * host) and spare H2 the {@code InetAddress.getLocalHost()} lookup, which fails where the host name does not
     * resolve (e.g. under a test hosts file). Takes effect only before H2's SysProperties class loads, so
     * {@link SubscriberStore} calls it from its static initialiser.
     */
    static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", localhost());
        }
    }

    /** The address "localhost" resolves to here: H2 checks its server by connecting to "localhost". */
    private static String localhost() {
        try {
            return InetAddress.getByName("localhost").getHostAddress();
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }

    /** Sets a moderate page cache ({@code kb}) unless the URL chooses one. */
    static void tune(Database db, String url, int kb) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains("CACHE_SIZE")) {
            return;
        }
        try {
            db.read(s -> {
                try (Statement st = s.connection().createStatement()) {
                    st.execute("SET CACHE_SIZE " + kb);
                }
                return null;
            });
        } catch (StoreException e) {
            LOG.debug("cannot set the H2 cache size: {}", e.getMessage());
        }
    }
}
