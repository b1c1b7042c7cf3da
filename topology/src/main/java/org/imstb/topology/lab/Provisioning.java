package org.imstb.topology.lab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.imstb.topology.file.GroupEntry;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.Subscriber;
import org.imstb.ue.as.AsConfig;

/**
 * The HSS provisioning document (format of {@code org.imstb.hss.provisioning.ProvisioningFile}, docs/hss.md) for the
 * subscribers a group lists in the topology: one subscription per subscriber, private identity {@code user@domain}
 * with Digest-AKAv1-MD5 and/or SIP Digest, public identities {@code sip:user@domain} and the {@code tel} number in one
 * implicit registration set, the group's first S-CSCF as preferred S-CSCF, the group's S-CSCFs with capabilities, and
 * each service of the group's application servers as an application server that iFCs can name.
 *
 * <p>An iFC's {@code <ServerName>} must equal a provisioned {@code serverName} exactly, and the S-CSCF puts it as the
 * AS's Route, whose user part picks the AS's service: so each service is provisioned as
 * {@code sip:<service>@<AS host>} (e.g. {@code sip:voicemail@as1.domain1.test}, name {@code as1-voicemail}), without a
 * port: the lab's DNS has SRV records for the AS host (see {@link NodeConfigs}).
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
        List<Object> profiles = new ArrayList<>();
        profiles.add(profile(DEFAULT_PROFILE, group.ifcs()));
        for (Subscriber s : group.subscribers()) {
            String profile = DEFAULT_PROFILE;
            if (!s.ifcs().isEmpty()) {
                profile = s.user() + "-profile";
                List<String> ifcs = new ArrayList<>(group.ifcs());
                ifcs.addAll(s.ifcs());
                profiles.add(profile(profile, ifcs));
            }
            subscriptions.add(subscription(s, domain, scscfs.isEmpty() ? null : scscfs.get(0).sipUri(), profile));
        }
        Map<String, Object> doc = NodeConfigs.map("scscfs", servers);
        List<Object> applicationServers = applicationServers(lab, groupName);
        if (!applicationServers.isEmpty()) {
            doc.put("applicationServers", applicationServers);
        }
        doc.put("serviceProfiles", profiles);
        doc.put("subscriptions", subscriptions);
        return doc;
    }

    private static final String DEFAULT_PROFILE = "default";

    private static Map<String, Object> profile(String name, List<String> ifcs) {
        Map<String, Object> p = NodeConfigs.map("name", name, "subscribedMediaProfileId", 0);
        if (!ifcs.isEmpty()) {
            p.put("initialFilterCriteria", ifcs);
        }
        return p;
    }

    /**
     * One entry per service of each AS of the group (the services it runs with, after overrides), then one for each
     * other {@code <ServerName>} the group's iFCs name (an AS outside the lab, or one that is meant not to answer).
     */
    static List<Object> applicationServers(Lab lab, String groupName) {
        List<Object> out = new ArrayList<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        for (LabNode as : lab.inGroup(groupName, NodeKind.AS)) {
            for (String service : services(lab, as)) {
                out.add(NodeConfigs.map("name", as.name() + "-" + service, "serverName", serverName(as, service)));
                known.add(serverName(as, service));
            }
        }
        int n = 0;
        for (String name : lab.group(groupName).ifcServerNames()) {
            if (known.add(name)) {
                out.add(NodeConfigs.map("name", "ifc-as-" + ++n, "serverName", name));
            }
        }
        return out;
    }

    /** The iFC ServerName of {@code service} on {@code as}: {@code sip:<service>@<host>}. */
    public static String serverName(LabNode as, String service) {
        return "sip:" + service + "@" + as.host();
    }

    private static Collection<String> services(Lab lab, LabNode as) {
        Map<String, Object> config = NodeConfigs.resolve(lab, as);
        if (config != null && config.get("services") instanceof Map<?, ?> services && !services.isEmpty()) {
            return services.keySet().stream().map(Object::toString).toList();
        }
        return AsConfig.defaultServices().keySet();
    }

    private static Map<String, Object> subscription(Subscriber s, String domain, String scscf, String profile) {
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
                    profile);
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
