package org.imstb.hss.provisioning;

import java.util.List;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.DefaultHandling;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.model.ServiceProfile;

/** The shared objects of a subscriber file as written in YAML: S-CSCFs, application servers, service profiles. */
public final class CatalogEntries {
    private CatalogEntries() {
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    static void checkCapabilities(FieldErrors at, List<Integer> caps, String field) {
        at.requireAll(caps, field, c -> c != null && c >= 0, "must be a capability number >= 0");
    }

    static void requireName(FieldErrors at, String name, String field) {
        at.requireText(name, field);
        at.require(name.matches("[A-Za-z0-9][A-Za-z0-9._@+:-]*"), field,
                "must be letters, digits and . _ @ + : - (got '" + name + "')");
    }

    /** {@code scscfs[]}: an S-CSCF and the capabilities it offers. */
    public record ScscfEntry(String name, List<Integer> mandatoryCapabilities, List<Integer> optionalCapabilities)
            implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            at.requireText(name, "name");
            at.require(IdentityUris.isSipUri(name), "name", "must be a SIP URI, got '" + name + "'");
            checkCapabilities(at, mandatoryCapabilities, "mandatoryCapabilities");
            checkCapabilities(at, optionalCapabilities, "optionalCapabilities");
        }

        Scscf toModel() {
            return new Scscf(name, list(mandatoryCapabilities), list(optionalCapabilities));
        }
    }

    /** {@code applicationServers[]}: an application server that iFCs name by {@code serverName}. */
    public record ApplicationServerEntry(String name, String serverName, DefaultHandling defaultHandling,
                                         String serviceInfo, Boolean includeRegisterRequest,
                                         Boolean includeRegisterResponse) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            requireName(at, name, "name");
            at.requireText(serverName, "serverName");
            at.require(IdentityUris.isSipUri(serverName), "serverName", "must be a SIP URI, got '" + serverName + "'");
        }

        ApplicationServer toModel() {
            return new ApplicationServer(name, serverName, defaultHandling, serviceInfo,
                    Boolean.TRUE.equals(includeRegisterRequest), Boolean.TRUE.equals(includeRegisterResponse));
        }
    }

    /** {@code serviceProfiles[]}: a shared service profile; each iFC is the XML of an InitialFilterCriteria. */
    public record ServiceProfileEntry(String name, List<String> initialFilterCriteria, List<Integer> sharedIfcSets,
                                      Integer subscribedMediaProfileId) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            requireName(at, name, "name");
            List<String> ifcs = list(initialFilterCriteria);
            for (int i = 0; i < ifcs.size(); i++) {
                try {
                    InitialFilterCriteria.parse(ifcs.get(i));
                } catch (IllegalArgumentException e) {
                    at.fail("initialFilterCriteria[" + i + "]", e.getMessage());
                }
            }
            at.requireAll(sharedIfcSets, "sharedIfcSets", v -> v != null && v >= 0, "must be an integer >= 0");
            at.require(subscribedMediaProfileId == null || subscribedMediaProfileId >= 0, "subscribedMediaProfileId",
                    "must be an integer >= 0");
        }

        List<InitialFilterCriteria> parsed() {
            return list(initialFilterCriteria).stream().map(InitialFilterCriteria::parse).toList();
        }

        ServiceProfile toModel() {
            return new ServiceProfile(name, parsed(), list(sharedIfcSets), subscribedMediaProfileId);
        }
    }
}
