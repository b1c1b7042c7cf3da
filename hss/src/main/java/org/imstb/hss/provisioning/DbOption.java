package org.imstb.hss.provisioning;

import java.util.Locale;
import org.imstb.hss.store.SubscriberStore;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the {@code imstb hss} commands. An H2 file URL gets {@code ;AUTO_SERVER=TRUE}
 * added, so the commands can provision the database of a running HSS node (which opens it the same way, see
 * {@link SubscriberStore#fileUrl}); with the node stopped the command opens the file itself.
 */
public final class DbOption {
    /** Where {@code imstb up} puts the HSS database of node hss1. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./run/hss1/hss";

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = DEFAULT_URL,
            description = "JDBC URL of the subscriber store (default: ${DEFAULT-VALUE}). H2 file URLs are opened "
                    + "with AUTO_SERVER=TRUE so that a running HSS can be provisioned.")
    String url;

    /** The URL as given, with AUTO_SERVER=TRUE added to embedded H2 file URLs. */
    public static String withAutoServer(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("JDBC:H2:") || upper.contains("AUTO_SERVER")) {
            return url;
        }
        String rest = upper.substring("JDBC:H2:".length());
        if (rest.startsWith("MEM:") || rest.startsWith("TCP:") || rest.startsWith("SSL:") || rest.startsWith("ZIP:")) {
            return url;
        }
        return url + ";AUTO_SERVER=TRUE";
    }

    SubscriberStore open() {
        return SubscriberStore.open(withAutoServer(url));
    }
}
