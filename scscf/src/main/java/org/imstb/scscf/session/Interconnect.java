package org.imstb.scscf.session;

import java.text.ParseException;

import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.message.Request;

import gov.nist.javax.sip.header.HeaderFactoryExt;

import org.imstb.common.sip.ChargingVector;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.proxy.Forwarder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the S-CSCF adds for the other operator (TS 24.229 §5.4.3.2, §5.4.3.3): on originating requests the
 * P-Charging-Vector's {@code orig-ioi} (our domain) and, with topology hiding, a Route through our exit I-CSCF when
 * the target is in another domain; on responses of terminating requests the {@code term-ioi} (our domain). No I/O.
 */
public final class Interconnect {
    private static final Logger LOG = LoggerFactory.getLogger(Interconnect.class);

    private final String domain;
    private final String thigExit;
    private final HeaderFactoryExt headers;
    private final AddressFactory addresses;

    /**
     * @param domain   our operator domain, used as the inter-operator identifier; null: no IOIs
     * @param thigExit the exit I-CSCF's THIG URI, or null
     */
    public Interconnect(String domain, String thigExit, HeaderFactoryExt headers, AddressFactory addresses) {
        this.domain = domain;
        this.thigExit = thigExit;
        this.headers = headers;
        this.addresses = addresses;
    }

    /** An originating request about to leave (Route set already removed, Request-URI final). */
    void originating(Request out) throws ParseException, javax.sip.SipException {
        ChargingVector.originating(out, domain);
        String target = PeerTrust.hostOf(out.getRequestURI());
        if (thigExit != null && !inOurDomain(target)) {
            SipURI exit = (SipURI) addresses.createURI(thigExit);
            exit.setLrParam();
            out.addFirst(headers.createRouteHeader(addresses.createAddress(exit)));
        }
    }

    private boolean inOurDomain(String host) {
        return host != null && domain != null && (host.equalsIgnoreCase(domain)
                || host.toLowerCase(java.util.Locale.ROOT).endsWith("." + domain));
    }

    /** For responses to a terminating request: the request's icid and orig-ioi, and our term-ioi. */
    Forwarder.ResponseHook terminating(Request request) {
        return r -> {
            try {
                ChargingVector.answer(request, r, domain);
            } catch (ParseException e) {
                LOG.debug("cannot answer the charging vector: {}", e.toString());
            }
        };
    }
}
