package org.imstb.common.diameter.stack.tcp;

import java.util.LinkedHashSet;
import java.util.Set;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.DiameterResult;
import org.jdiameter.api.Configuration;
import org.jdiameter.api.URI;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.api.parser.IMessageParser;
import org.jdiameter.client.impl.helpers.Parameters;
import org.jdiameter.server.api.IMetaData;

/**
 * Decides on the CER that opens an accepted connection, before jDiameter sees it: a peer that is not configured
 * (when unknown peers are not accepted) gets CEA 3010 DIAMETER_UNKNOWN_PEER, a CER without Origin-Host or
 * Origin-Realm gets CEA 5005 DIAMETER_MISSING_AVP; every other CER goes on to jDiameter, which checks the common
 * applications (CEA 5010 DIAMETER_NO_COMMON_APPLICATION) and answers. jDiameter itself would close such connections
 * without a CEA. Peers are matched by their Diameter identity exactly as jDiameter matches them.
 *
 * @param peers         the Diameter identities of the configured peers
 * @param acceptUnknown whether peers that are not configured may connect
 * @param local         what our CEA says about us
 */
public record PeerAdmission(Set<String> peers, boolean acceptUnknown, TransportAnswers.LocalIdentity local) {
    public PeerAdmission {
        peers = Set.copyOf(peers);
    }

    /** The outcome: the CER's Origin-Host (null if unreadable) and, when refused, the CEA to send before closing. */
    public record Decision(String originHost, IMessage refusal) {
        public boolean admitted() {
            return refusal == null;
        }
    }

    /** Our peers and policy as jDiameter's configuration (generated from our DiameterConfig) has them. */
    public static PeerAdmission of(IMetaData metaData) {
        Configuration c = metaData.getConfiguration();
        boolean accept = c.getBooleanValue(
                org.jdiameter.server.impl.helpers.Parameters.AcceptUndefinedPeer.ordinal(), false);
        Set<String> peers = new LinkedHashSet<>();
        Configuration[] table = c.getChildren(Parameters.PeerTable.ordinal());
        if (table != null) {
            for (Configuration p : table) {
                String name = p.getStringValue(Parameters.PeerName.ordinal(), "");
                try {
                    peers.add(new URI(name).getFQDN());
                } catch (Exception e) {
                    throw new IllegalStateException("jDiameter peer name " + name + " is not a Diameter URI", e);
                }
            }
        }
        return new PeerAdmission(peers, accept, TransportAnswers.LocalIdentity.of(metaData.getLocalPeer()));
    }

    /** Decides on a CER. */
    public Decision decide(IMessageParser parser, IMessage cer) {
        String host = identity(cer, Avps.ORIGIN_HOST);
        if (host == null) {
            return refuse(parser, cer, null, DiameterResult.MISSING_AVP, "CER without Origin-Host", Avps.ORIGIN_HOST);
        }
        if (identity(cer, Avps.ORIGIN_REALM) == null) {
            return refuse(parser, cer, host, DiameterResult.MISSING_AVP, "CER without Origin-Realm",
                    Avps.ORIGIN_REALM);
        }
        if (!acceptUnknown && !peers.contains(host)) {
            return refuse(parser, cer, host, DiameterResult.UNKNOWN_PEER,
                    host + " is not a configured peer of " + local.identity(), null);
        }
        return new Decision(host, null);
    }

    private Decision refuse(IMessageParser parser, IMessage cer, String host, DiameterResult result, String why,
            AvpDef failed) {
        return new Decision(host, TransportAnswers.capabilitiesRefused(parser, cer, local, result, why, failed));
    }

    private static String identity(IMessage m, AvpDef def) {
        try {
            String v = new AvpReader(m.getAvps()).text(def);
            return v == null || v.isBlank() ? null : v;
        } catch (DiameterDecodeException e) {
            return null;
        }
    }
}
