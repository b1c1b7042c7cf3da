package org.imstb.topology.file;

import java.util.List;
import java.util.Map;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * A group is an operator domain: its {@code domain} name (e.g. {@code domain1.test}), the {@code network} its nodes
 * sit on, its {@code subscribers}, the initial filter criteria of their service profile ({@code ifcs}: TS 29.228
 * {@code <InitialFilterCriteria>} XML elements, checked here as the HSS checks them), extra HSS provisioning files
 * ({@code provision}, relative to the topology file) and {@code config}/{@code jvmOptions} for its nodes.
 */
public record GroupEntry(String domain, String network, List<Subscriber> subscribers, List<String> ifcs,
        List<String> provision, Map<String, Object> config, List<String> jvmOptions) implements Validatable {
    public GroupEntry {
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
        ifcs = ifcs == null ? List.of() : List.copyOf(ifcs);
        provision = provision == null ? List.of() : List.copyOf(provision);
    }

    /** The {@code <ServerName>} of each iFC of the group and of its subscribers, in order, without repeats. */
    public List<String> ifcServerNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        java.util.stream.Stream.concat(ifcs.stream(), subscribers.stream().flatMap(s -> s.ifcs().stream()))
                .forEach(x -> names.add(org.imstb.hss.model.InitialFilterCriteria.parse(x).serverName()));
        return List.copyOf(names);
    }

    public Settings settings() {
        return new Settings(config, jvmOptions);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(domain, "domain");
        at.require(domain.matches("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}"), "domain",
                "must be a DNS name such as domain1.test, got '" + domain + "'");
        at.requireText(network, "network");
        at.nested(subscribers, "subscribers");
        java.util.Set<String> users = new java.util.HashSet<>();
        java.util.Set<String> tels = new java.util.HashSet<>();
        for (int i = 0; i < subscribers.size(); i++) {
            Subscriber s = subscribers.get(i);
            at.at("subscribers", i).require(users.add(s.user()), "user", "duplicate user " + s.user());
            at.at("subscribers", i).require(s.tel() == null || tels.add(s.tel()), "tel", "duplicate tel " + s.tel());
        }
        checkIfcs(at, ifcs);
        settings().validate(at);
    }

    /** Each iFC must be one the HSS accepts (TS 29.228 Annex E); the message names the element at fault. */
    static void checkIfcs(FieldErrors at, List<String> ifcs) {
        for (int i = 0; i < ifcs.size(); i++) {
            try {
                org.imstb.hss.model.InitialFilterCriteria.parse(ifcs.get(i));
            } catch (IllegalArgumentException e) {
                at.fail("ifcs[" + i + "]", e.getMessage());
            }
        }
    }
}
