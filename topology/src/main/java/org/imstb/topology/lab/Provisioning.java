package org.imstb.topology.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imstb.topology.file.GroupEntry;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.Subscriber;

/**
 * The HSS provisioning document (format of {@code org.imstb.hss.provisioning.ProvisioningFile}, docs/hss.md) for the
 * subscribers a group lists in the topology: one subscription per subscriber, private identity {@code user@domain}
 * with Digest-AKAv1-MD5 and/or SIP Digest, public identities {@code sip:user@domain} and the {@code tel} number in one
 * implicit registration set, the group's first S-CSCF as preferred S-CSCF, the group's S-CSCFs with capabilities.
 */
public final class Provisioning {
    private Provisioning() {
    }

    public static Map<String, Object> forGroup(Lab lab, String groupName) {
        GroupEntry group = lab.group(groupName);
        String domain = group.domain();
        List<LabNode> scscfs = lab.inGroup(groupName, NodeKind.SCSCF);
        List<Object> servers = new ArrayList<>();
        for (LabNode s : scscfs) {
            servers.add(NodeConfigs.map("name", s.sipUri(), "mandatoryCapabilities", List.of(1),
                    "optionalCapabilities", List.of(2, 3)));
        }
        List<Object> subscriptions = new ArrayList<>();
        for (Subscriber s : group.subscribers()) {
            subscriptions.add(subscription(s, domain, scscfs.isEmpty() ? null : scscfs.get(0).sipUri()));
        }
        return NodeConfigs.map("scscfs", servers,
                "serviceProfiles", List.of(NodeConfigs.map("name", "default", "subscribedMediaProfileId", 0)),
                "subscriptions", subscriptions);
    }

    private static Map<String, Object> subscription(Subscriber s, String domain, String scscf) {
        List<String> schemes = new ArrayList<>();
        List<String> publics = new ArrayList<>();
        String sip = "sip:" + s.user() + "@" + domain;
        publics.add(sip);
        if (s.tel() != null) {
            publics.add("tel:" + s.tel());
        }
        Map<String, Object> impi = NodeConfigs.map("impi", s.user() + "@" + domain);
        if (s.aka() != null) {
            schemes.add("DIGEST_AKAV1_MD5");
            impi.put("aka", NodeConfigs.map("k", s.aka().k(), "opc", s.aka().opc(), "amf", s.aka().amf(),
                    "sqn", s.aka().sqn()));
        }
        if (s.password() != null) {
            schemes.add("SIP_DIGEST");
            impi.put("digest", NodeConfigs.map("password", s.password(), "realm", domain));
        }
        impi.put("authSchemes", schemes);
        impi.put("publicIdentities", publics);
        List<Object> identities = new ArrayList<>();
        for (String p : publics) {
            Map<String, Object> id = NodeConfigs.map("identity", p, "implicitSet", s.user(), "serviceProfile",
                    "default");
            if (s.displayName() != null) {
                id.put("displayName", s.displayName());
            }
            identities.add(id);
        }
        Map<String, Object> sub = NodeConfigs.map("name", s.user(), "privateIdentities", List.of(impi),
                "publicIdentities", identities);
        if (scscf != null) {
            sub.put("preferredScscf", scscf);
        }
        return sub;
    }
}
