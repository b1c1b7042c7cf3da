package org.imstb.hss.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.SubscriptionData;
import org.imstb.hss.model.SubscriptionData.ProfileData;
import org.imstb.hss.store.Fixtures;
import org.imstb.hss.store.SubscriberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class UserDataXmlTest {
    static final String IFC_FULL = """
            <InitialFilterCriteria>
              <!-- terminating INVITE, AS named in full -->
              <Priority>1</Priority>
              <TriggerPoint>
                <ConditionTypeCNF>0</ConditionTypeCNF>
                <SPT>
                  <ConditionNegated>0</ConditionNegated>
                  <Group>0</Group>
                  <SIPHeader><Header>Accept-Contact</Header><Content>.*video.*</Content></SIPHeader>
                </SPT>
              </TriggerPoint>
              <ApplicationServer>
                <ServerName>sip:as.domain1.test</ServerName>
                <DefaultHandling>0</DefaultHandling>
              </ApplicationServer>
              <ProfilePartIndicator>1</ProfilePartIndicator>
            </InitialFilterCriteria>
            """;

    static SubscriptionData data() {
        ServiceProfile profile = new ServiceProfile("default", List.of(InitialFilterCriteria.parse(IFC_FULL),
                InitialFilterCriteria.parse(Fixtures.IFC)), List.of(7, 8), 3);
        PublicIdentity alice = new PublicIdentity("sip:alice@domain1.test", IdentityType.PUBLIC_USER_IDENTITY, false,
                "alice", "default", true, "Alice & <Co>");
        PublicIdentity tel = new PublicIdentity("tel:+15551001", IdentityType.PUBLIC_USER_IDENTITY, false, "alice",
                "default", true, null);
        PublicIdentity barred = new PublicIdentity("sip:alice-barred@domain1.test", IdentityType.PUBLIC_USER_IDENTITY,
                true, "alice", null, true, null);
        PublicIdentity psi = new PublicIdentity("sip:chat-!.*!@domain1.test", IdentityType.WILDCARDED_PSI, false,
                "alice", null, false, null);
        return new SubscriptionData("alice", "alice@domain1.test",
                List.of(new ProfileData(profile, List.of(alice, tel)),
                        new ProfileData(ServiceProfile.empty(""), List.of(barred, psi))),
                List.of(Fixtures.as()));
    }

    static String golden(String name) throws IOException {
        try (InputStream in = UserDataXmlTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll(">\\s+<", "><").strip();
        }
    }

    @Test
    void rendersTheGoldenDocument() throws IOException {
        assertEquals(golden("alice-user-data.xml"), UserDataXml.render(data()));
    }

    @Test
    void outputIsWellFormedWithEscapedText() throws Exception {
        String xml = UserDataXml.render(data());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        assertEquals("IMSSubscription", doc.getDocumentElement().getTagName());
        assertEquals("Alice & <Co>", doc.getElementsByTagName("DisplayName").item(0).getTextContent());
        assertEquals("demo & <test>", doc.getElementsByTagName("ServiceInfo").item(0).getTextContent());
        assertEquals(2, doc.getElementsByTagName("InitialFilterCriteria").getLength());
        assertTrue(xml.contains("Alice &amp; &lt;Co&gt;"), xml);
    }

    @Test
    void rendersFromTheStore(@TempDir Path dir) throws IOException {
        try (SubscriberStore store = Fixtures.demoStore(dir)) {
            String xml = UserDataXml.render(store.subscriptionFor("alice@domain1.test", "tel:+15551001")
                    .orElseThrow());
            assertEquals(golden("alice-store-user-data.xml"), xml);
        }
    }
}
