package org.imstb.hss.provisioning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.imstb.common.config.YamlLoader;
import org.imstb.common.util.Hex;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Subscription;
import org.imstb.hss.provisioning.SubscriptionEntry.AkaEntry;
import org.imstb.hss.provisioning.SubscriptionEntry.DigestEntry;
import org.imstb.hss.provisioning.SubscriptionEntry.PrivateEntry;
import org.imstb.hss.provisioning.SubscriptionEntry.PublicEntry;

/**
 * Writes subscriptions in the subscriber file format, so that {@code imstb hss show} output (with secrets) can be
 * imported again. Secrets (K, OPc/OP, password, HA1) are masked unless asked for.
 */
public final class YamlView {
    /** What masked secrets look like. */
    public static final String MASK = "********";
    private static final ObjectMapper MAPPER = YamlLoader.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private YamlView() {
    }

    /** A subscriber file holding {@code s} alone. */
    public static String toYaml(Subscription s, boolean showSecrets) {
        ProvisioningDocument doc = new ProvisioningDocument(null, null, null, List.of(entry(s, showSecrets)));
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write subscription " + s.name(), e);
        }
    }

    static SubscriptionEntry entry(Subscription s, boolean showSecrets) {
        List<String> all = s.publicIdentities().stream().map(PublicIdentity::identity).toList();
        List<PrivateEntry> privates = s.privateIdentities().stream().map(p -> privateEntry(p, all, showSecrets))
                .toList();
        List<PublicEntry> publics = s.publicIdentities().stream().map(YamlView::publicEntry).toList();
        return new SubscriptionEntry(s.name(), privates, publics, s.mandatoryCapabilities(),
                s.optionalCapabilities(), s.preferredScscf());
    }

    private static PrivateEntry privateEntry(PrivateIdentity p, List<String> all, boolean show) {
        AkaCredentials a = p.aka();
        AkaEntry aka = a == null ? null : new AkaEntry(secret(a.k(), show), a.opc() == null ? null
                : secret(a.opc(), show), a.op() == null ? null : secret(a.op(), show), Hex.format(a.amf()), a.sqn());
        DigestCredentials d = p.digest();
        DigestEntry digest = d == null ? null : new DigestEntry(d.password() == null ? null
                : show ? d.password() : MASK, d.ha1() == null ? null : show ? d.ha1() : MASK, d.realm());
        List<String> schemes = p.authSchemes().stream().map(Enum::name).toList();
        return new PrivateEntry(p.impi(), schemes, aka, digest,
                p.publicIdentities().equals(all) ? null : p.publicIdentities());
    }

    private static PublicEntry publicEntry(PublicIdentity u) {
        boolean defaultRegister = u.canRegister() == (u.type() == IdentityType.PUBLIC_USER_IDENTITY);
        return new PublicEntry(u.identity(), u.type() == IdentityType.PUBLIC_USER_IDENTITY ? null : u.type(),
                u.barred() ? Boolean.TRUE : null, u.implicitSet().equals(u.identity()) ? null : u.implicitSet(),
                u.serviceProfile(), defaultRegister ? null : u.canRegister(), u.displayName());
    }

    private static String secret(byte[] value, boolean show) {
        return show ? Hex.format(value) : MASK;
    }
}
