package org.imstb.scscf.isc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.cx.userdata.InitialFilterCriteria;
import org.imstb.common.cx.userdata.ServiceProfile;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.Tags;
import org.imstb.scscf.ScscfConfig;
import org.imstb.scscf.registrar.BindingChange;
import org.imstb.scscf.registrar.Registration;
import org.imstb.scscf.registrar.RegistrationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Third-party registration (TS 24.229 §5.4.1.7): after a registration, re-registration or deregistration of a user,
 * every iFC of its profile whose trigger point matches the REGISTER gets a REGISTER of its own from the S-CSCF to its
 * AS: Request-URI the AS, From and Contact the S-CSCF, To the registered public identity, Expires the
 * registration's (0 on deregistration). The body carries, when the iFC asks for it, the AS's ServiceInfo
 * (application/3gpp-ims+xml), the user's REGISTER ({@code <IncludeRegisterRequest/>}) and/or our 200 OK
 * ({@code <IncludeRegisterResponse/>}) as message/sip, in a multipart/mixed body when there are several. An AS that
 * answers with an error or not at all, under DefaultHandling SESSION_TERMINATED, deregisters the user (network
 * initiated); under SESSION_CONTINUED nothing more happens. Deregistrations by expiry or by the HSS (no REGISTER)
 * reach it as a {@link RegistrationListener}.
 */
public final class ThirdPartyRegistrar implements RegistrationListener {
    private static final Logger LOG = LoggerFactory.getLogger(ThirdPartyRegistrar.class);
    private static final Pattern INCLUDE_REQUEST = Pattern.compile("<IncludeRegisterRequest\\s*/?>");
    private static final Pattern INCLUDE_RESPONSE = Pattern.compile("<IncludeRegisterResponse\\s*/?>");
    private static final String BOUNDARY = "imstb-3rd-party";

    /** One REGISTER sent to an AS, until its final response. */
    private record Pending(String publicIdentity, InitialFilterCriteria ifc, RegistrationType type,
            AtomicBoolean done) {
    }

    /** The Call-ID and last CSeq used towards one AS for one identity, so that refreshes look like one binding. */
    private static final class Dialogue {
        final String callId = Tags.token(12);
        long cseq;
    }

    private final SipEndpoint sip;
    private final ServiceProfiles profiles;
    private final ScscfConfig config;
    private final ScheduledExecutorService timers;
    private final Consumer<String> deregister;
    private final Metrics metrics;
    private final Map<String, Dialogue> dialogues = new ConcurrentHashMap<>();

    /**
     * @param deregister ends the registration of a public identity (network initiated), for DefaultHandling
     *                   SESSION_TERMINATED
     */
    public ThirdPartyRegistrar(SipEndpoint sip, ServiceProfiles profiles, ScscfConfig config,
            ScheduledExecutorService timers, Consumer<String> deregister, Metrics metrics) {
        this.sip = sip;
        this.profiles = profiles;
        this.config = config;
        this.timers = timers;
        this.deregister = deregister;
        this.metrics = metrics;
    }

    /** After the user's REGISTER got our 200 OK. */
    public void registered(Registration r, RegistrationType type, Request register, Response ok) {
        send(r, type, RequestViews.of(register, type), register, ok);
    }

    /** Deregistration without a REGISTER (expiry, RTR, administrative). */
    @Override
    public void changed(Registration r, List<BindingChange> changes) {
        if (r.state() == Registration.State.TERMINATED && !changes.isEmpty()) {
            send(r, RegistrationType.DEREGISTRATION, new NetworkDeregistration(r.identities().get(0)), null, null);
        }
    }

    private void send(Registration r, RegistrationType type, RequestView view, Request register, Response ok) {
        String impu = r.identities().get(0);
        Optional<ServiceProfile> profile = profiles.of(r, impu);
        if (profile.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        int expires = type == RegistrationType.DEREGISTRATION ? 0
                : r.bindings().stream().mapToInt(b -> b.secondsLeft(now)).max().orElse(0);
        for (FilterCriteria.Match m : FilterCriteria.all(profile.get(), SessionCase.ORIGINATING, true, view)) {
            try {
                sendOne(impu, m.ifc(), type, expires, register, ok);
            } catch (Exception e) {
                LOG.warn("third-party REGISTER of {} to {} not sent: {}", impu, m.ifc().applicationServer(),
                        e.toString());
                failed(new Pending(impu, m.ifc(), type, new AtomicBoolean(true)), "not sent");
            }
        }
    }

    private void sendOne(String impu, InitialFilterCriteria ifc, RegistrationType type, int expires, Request register,
            Response ok) throws Exception {
        String key = ifc.applicationServer() + " " + impu;
        Dialogue d = type == RegistrationType.DEREGISTRATION ? dialogues.remove(key)
                : dialogues.computeIfAbsent(key, k -> new Dialogue());
        if (d == null) {
            d = new Dialogue();
        }
        long cseq;
        synchronized (d) {
            cseq = ++d.cseq;
        }
        Address us = sip.addresses().createAddress(config.serverName());
        CallIdHeader callId = sip.headers().createCallIdHeader(d.callId);
        Request req = sip.newRequest(sip.addresses().createURI(ifc.applicationServer()), Request.REGISTER, callId,
                cseq, us, Tags.token(4), sip.addresses().createAddress(impu), "udp");
        ContactHeader contact = sip.headers().createContactHeader(us);
        req.addHeader(contact);
        req.addHeader(sip.headers().createExpiresHeader(expires));
        body(req, ifc, register, ok);
        req.removeHeader(ViaHeader.NAME);
        req.addHeader(sip.viaFor(req, null));
        ClientTransaction ct = sip.provider().getNewClientTransaction(req);
        Pending pending = new Pending(impu, ifc, type, new AtomicBoolean());
        ct.setApplicationData(pending);
        ct.sendRequest();
        metrics.increment("imstb_scscf_third_party_register_total", "outcome", "sent");
        timers.schedule(() -> {
            if (pending.done().compareAndSet(false, true)) {
                failed(pending, "no answer");
            }
        }, config.isc().registerTimeoutMs(), TimeUnit.MILLISECONDS);
    }

    private void body(Request req, InitialFilterCriteria ifc, Request register, Response ok)
            throws java.text.ParseException {
        List<String[]> parts = new ArrayList<>();
        if (ifc.serviceInfo() != null) {
            parts.add(new String[] {"application/3gpp-ims+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                    + "<ims-3gpp version=\"1\"><service-info>" + ifc.serviceInfo() + "</service-info></ims-3gpp>"});
        }
        if (register != null && INCLUDE_REQUEST.matcher(ifc.xml()).find()) {
            parts.add(new String[] {"message/sip", register.toString()});
        }
        if (ok != null && INCLUDE_RESPONSE.matcher(ifc.xml()).find()) {
            parts.add(new String[] {"message/sip", ok.toString()});
        }
        if (parts.isEmpty()) {
            return;
        }
        if (parts.size() == 1) {
            String[] type = parts.get(0)[0].split("/");
            req.setContent(parts.get(0)[1].getBytes(StandardCharsets.UTF_8),
                    sip.headers().createContentTypeHeader(type[0], type[1]));
            return;
        }
        StringBuilder b = new StringBuilder();
        for (String[] p : parts) {
            b.append("--").append(BOUNDARY).append("\r\nContent-Type: ").append(p[0]).append("\r\n\r\n")
                    .append(p[1]).append("\r\n");
        }
        b.append("--").append(BOUNDARY).append("--\r\n");
        ContentTypeHeader ct = sip.headers().createContentTypeHeader("multipart", "mixed");
        ct.setParameter("boundary", BOUNDARY);
        req.setContent(b.toString().getBytes(StandardCharsets.UTF_8), ct);
    }

    /** The final response of a third-party REGISTER; false for other responses. */
    public boolean onResponse(ResponseEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        if (ct == null || !(ct.getApplicationData() instanceof Pending pending)) {
            return false;
        }
        int code = e.getResponse().getStatusCode();
        if (code >= 200 && pending.done().compareAndSet(false, true)) {
            if (code < 300) {
                metrics.increment("imstb_scscf_third_party_register_total", "outcome", "accepted");
            } else {
                failed(pending, code + " " + e.getResponse().getReasonPhrase());
            }
        }
        return true;
    }

    /** A third-party REGISTER that timed out in the stack; false for other timeouts. */
    public boolean onTimeout(TimeoutEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        if (e.isServerTransaction() || ct == null || !(ct.getApplicationData() instanceof Pending pending)) {
            return false;
        }
        if (pending.done().compareAndSet(false, true)) {
            failed(pending, "timeout");
        }
        return true;
    }

    private void failed(Pending p, String why) {
        metrics.increment("imstb_scscf_third_party_register_total", "outcome", "failed");
        boolean terminate = p.ifc().defaultHandling() == InitialFilterCriteria.SESSION_TERMINATED
                && p.type() != RegistrationType.DEREGISTRATION;
        LOG.info("third-party REGISTER of {} to {} failed ({}){}", p.publicIdentity(), p.ifc().applicationServer(),
                why, terminate ? ": DefaultHandling SESSION_TERMINATED, deregistering the user" : "");
        if (terminate) {
            deregister.accept(p.publicIdentity());
        }
    }

    /** What the iFCs see of a deregistration that had no REGISTER: a REGISTER of the user, type deregistration. */
    private record NetworkDeregistration(String publicIdentity) implements RequestView {
        @Override
        public String method() {
            return Request.REGISTER;
        }

        @Override
        public String requestUri() {
            int at = publicIdentity.indexOf('@');
            return at < 0 ? publicIdentity : "sip:" + publicIdentity.substring(at + 1);
        }

        @Override
        public List<String> headerValues(String name) {
            return "To".equalsIgnoreCase(name) || "From".equalsIgnoreCase(name) ? List.of("<" + publicIdentity + ">")
                    : List.of();
        }

        @Override
        public String sdp() {
            return null;
        }

        @Override
        public RegistrationType registrationType() {
            return RegistrationType.DEREGISTRATION;
        }
    }
}
