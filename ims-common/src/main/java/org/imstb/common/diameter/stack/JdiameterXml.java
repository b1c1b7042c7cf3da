package org.imstb.common.diameter.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Vendors;
import org.imstb.common.diameter.stack.tcp.AdmittingNetworkGuard;
import org.imstb.common.diameter.stack.tcp.NoDelayConnection;

/**
 * Translates our {@link DiameterConfig} into jDiameter's server XML configuration (the schema
 * {@code jdiameter-server.xsd} in jdiameter-impl). Only this class knows that format.
 */
final class JdiameterXml {
    private JdiameterXml() {
    }

    static String render(DiameterConfig c, Collection<Application> apps) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\"?>\n<Configuration xmlns=\"http://www.jdiameter.org/jdiameter-server\">\n");
        x.append(" <LocalPeer>\n");
        x.append("  <URI value=\"aaa://").append(esc(c.identity())).append(':').append(c.port()).append("\"/>\n");
        x.append("  <IPAddresses><IPAddress value=\"").append(esc(c.address())).append("\"/></IPAddresses>\n");
        x.append("  <Realm value=\"").append(esc(c.realm())).append("\"/>\n");
        x.append("  <VendorID value=\"").append(Vendors.TGPP).append("\"/>\n");
        x.append("  <ProductName value=\"imstb\"/>\n  <FirmwareRevision value=\"1\"/>\n");
        x.append("  <Applications>\n");
        for (Application a : apps) {
            x.append("   ").append(appId(a)).append('\n');
        }
        x.append("  </Applications>\n </LocalPeer>\n");

        long tw = c.watchdogSeconds() * 1000L;
        x.append(" <Parameters>\n");
        x.append("  <AcceptUndefinedPeer value=\"").append(c.acceptUnknownPeers()).append("\"/>\n");
        x.append("  <DuplicateProtection value=\"false\"/>\n  <DuplicateTimer value=\"240000\"/>\n");
        x.append("  <UseUriAsFqdn value=\"false\"/>\n  <QueueSize value=\"100000\"/>\n");
        x.append("  <MessageTimeOut value=\"").append(c.requestTimeoutMs()).append("\"/>\n");
        x.append("  <StopTimeOut value=\"5000\"/>\n  <CeaTimeOut value=\"10000\"/>\n");
        x.append("  <IacTimeOut value=\"").append(tw).append("\"/>\n");
        x.append("  <DwaTimeOut value=\"").append(Math.max(tw / 3, 2000)).append("\"/>\n");
        x.append("  <DpaTimeOut value=\"2000\"/>\n  <RecTimeOut value=\"2000\"/>\n");
        x.append("  <PeerFSMThreadCount value=\"2\"/>\n");
        x.append("  <Concurrent>\n");
        x.append("   <Entity name=\"ThreadGroup\" size=\"").append(c.threads()).append("\"/>\n");
        x.append("   <Entity name=\"ProcessingMessageTimer\" size=\"1\"/>\n");
        x.append("   <Entity name=\"DuplicationMessageTimer\" size=\"1\"/>\n");
        x.append("   <Entity name=\"RedirectMessageTimer\" size=\"1\"/>\n");
        x.append("   <Entity name=\"PeerOverloadTimer\" size=\"1\"/>\n");
        x.append("   <Entity name=\"ConnectionTimer\" size=\"1\"/>\n");
        x.append("   <Entity name=\"StatisticTimer\" size=\"1\"/>\n");
        x.append("   <Entity name=\"ApplicationSession\" size=\"").append(c.threads()).append("\"/>\n");
        x.append("  </Concurrent>\n");
        x.append("  <Dictionary enabled=\"false\" sendLevel=\"OFF\" receiveLevel=\"OFF\"/>\n");
        x.append(" </Parameters>\n");

        x.append(" <Network>\n  <Peers>\n");
        for (PeerConfig p : c.peers()) {
            x.append("   <Peer name=\"aaa://").append(esc(p.host())).append(':').append(p.port())
                    .append("\" attempt_connect=\"").append(p.connect()).append("\" rating=\"1\"/>\n");
        }
        x.append("  </Peers>\n  <Realms>\n");
        for (Map.Entry<String, List<String>> realm : realms(c).entrySet()) {
            for (Application a : apps) {
                x.append("   <Realm name=\"").append(esc(realm.getKey())).append("\" peers=\"")
                        .append(esc(String.join(",", realm.getValue())))
                        .append("\" local_action=\"LOCAL\" dynamic=\"false\" exp_time=\"1\">\n    ")
                        .append(appId(a)).append("\n   </Realm>\n");
            }
        }
        x.append("  </Realms>\n </Network>\n");
        x.append(" <Extensions>\n");
        x.append("  <Connection value=\"").append(NoDelayConnection.class.getName()).append("\"/>\n");
        x.append("  <NetworkGuard value=\"").append(AdmittingNetworkGuard.class.getName()).append("\"/>\n");
        x.append(" </Extensions>\n</Configuration>\n");
        return x.toString();
    }

    /** Peers grouped by realm; our own realm is always present so local requests route. */
    private static Map<String, List<String>> realms(DiameterConfig c) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (PeerConfig p : c.peers()) {
            m.computeIfAbsent(c.realmOf(p), r -> new ArrayList<>()).add(p.host());
        }
        m.computeIfAbsent(c.realm(), r -> new ArrayList<>(List.of(c.identity())));
        return m;
    }

    private static String appId(Application a) {
        long vendor = a.applicationId().getVendorId();
        long auth = a.applicationId().getAuthAppId();
        long acct = a.applicationId().getAcctAppId();
        return "<ApplicationID><VendorId value=\"" + vendor + "\"/><AuthApplId value=\""
                + (auth < 0 ? 0 : auth) + "\"/><AcctApplId value=\"" + (acct < 0 ? 0 : acct)
                + "\"/></ApplicationID>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
