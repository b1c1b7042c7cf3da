package org.imstb.hss.store;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.DefaultHandling;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.Subscription;

/** A small domain1.test data set built in code. */
public final class Fixtures {
    public static final String AS_URI = "sip:as.domain1.test";
    public static final String SCSCF = "sip:scscf.domain1.test:6060";
    public static final String IFC = "<InitialFilterCriteria><Priority>0</Priority><TriggerPoint>"
            + "<ConditionTypeCNF>1</ConditionTypeCNF><SPT><ConditionNegated>0</ConditionNegated><Group>0</Group>"
            + "<Method>MESSAGE</Method></SPT></TriggerPoint><ApplicationServer><ServerName>" + AS_URI
            + "</ServerName></ApplicationServer></InitialFilterCriteria>";

    private Fixtures() {
    }

    public static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("hss");
    }

    /** Runs one SQL statement on the store's database behind the store's back (changes its copies do not see). */
    public static void sql(Path dir, String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url(dir), "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    public static ApplicationServer as() {
        return new ApplicationServer("as1", AS_URI, DefaultHandling.SESSION_TERMINATED, "demo & <test>", true, false);
    }

    public static ServiceProfile profile() {
        return new ServiceProfile("default", List.of(InitialFilterCriteria.parse(IFC)), List.of(7), 3);
    }

    public static Scscf scscf() {
        return new Scscf(SCSCF, List.of(1), List.of(2, 3));
    }

    public static AkaCredentials aka(long sqn) {
        HexFormat h = HexFormat.of();
        return new AkaCredentials(h.parseHex("7e0114c01987caec21efa86c9b1394db"),
                h.parseHex("30cf8905bb2ee27420c1558292479225"), null, h.parseHex("b9b9"), sqn);
    }

    public static Subscription alice() {
        return new Subscription("alice",
                List.of(new PrivateIdentity("alice@domain1.test", aka(0), null,
                        List.of("sip:alice@domain1.test", "tel:+15551001"))),
                List.of(new PublicIdentity("sip:alice@domain1.test", IdentityType.PUBLIC_USER_IDENTITY, false, "alice",
                                "default", true, "Alice"),
                        new PublicIdentity("tel:+15551001", IdentityType.PUBLIC_USER_IDENTITY, false, "alice",
                                "default", true, null),
                        new PublicIdentity("sip:alice-barred@domain1.test", IdentityType.PUBLIC_USER_IDENTITY, true,
                                null, null, true, null)),
                List.of(1), List.of(2), SCSCF);
    }

    public static Subscription bob() {
        return new Subscription("bob",
                List.of(new PrivateIdentity("bob@domain1.test", null,
                        new DigestCredentials("bob-secret", null, "domain1.test"), List.of("sip:bob@domain1.test"))),
                List.of(PublicIdentity.user("sip:bob@domain1.test", "default")));
    }

    public static Subscription chat() {
        return new Subscription("chat",
                List.of(new PrivateIdentity("chat@domain1.test", null,
                        new DigestCredentials("chat", null, null), List.of("sip:chat-!.*!@domain1.test"))),
                List.of(new PublicIdentity("sip:chat-!.*!@domain1.test", IdentityType.WILDCARDED_PSI, false, null,
                        "default", false, null)));
    }

    public static ProvisioningSet catalog() {
        return new ProvisioningSet(List.of(scscf()), List.of(as()), List.of(profile()), List.of());
    }

    /** A store at {@code dir} holding the catalog, alice, bob and chat. */
    public static SubscriberStore demoStore(Path dir) {
        SubscriberStore store = SubscriberStore.open(url(dir));
        store.apply(catalog());
        store.add(alice());
        store.add(bob());
        store.add(chat());
        return store;
    }
}
