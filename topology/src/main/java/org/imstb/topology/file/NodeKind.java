package org.imstb.topology.file;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The node kinds a topology can hold, with what each needs from the runner. Process kinds map to
 * {@code imstb node <kind>}; {@code router} and {@code ue} are network endpoints without a node process (a UE is
 * driven with {@code imstb exec ueN -- imstb ue ...}); {@code pdf} has no process yet (it arrives with the policy
 * interface, Gq) but gets its address and DNS name. {@code as} is the example application server (ue module) the
 * S-CSCF reaches over ISC.
 */
public enum NodeKind {
    HSS("hss", true, 13),
    ICSCF("icscf", true, 11),
    SCSCF("scscf", true, 12),
    PCSCF("pcscf", true, 10),
    AS("as", true, 20),
    PDF("pdf", false, 14),
    DHCP("dhcp", true, 15),
    DNS("dns", true, 53),
    ROUTER("router", false, 1),
    UE("ue", false, 100);

    private final String id;
    private final boolean process;
    private final int hostNumber;

    NodeKind(String id, boolean process, int hostNumber) {
        this.id = id;
        this.process = process;
        this.hostNumber = hostNumber;
    }

    /** The name used in topology files and on the command line ({@code pcscf}). */
    public String id() {
        return id;
    }

    /** True when the node runs as an {@code imstb node} process. */
    public boolean process() {
        return process;
    }

    /** The default interface identifier of this kind's address in its network (pcscf ::10, dns ::53, router ::1). */
    public int hostNumber() {
        return hostNumber;
    }

    /** True for the kinds that belong to an operator domain (all but dns and router). */
    public boolean inDomain() {
        return this != DNS && this != ROUTER;
    }

    public static NodeKind of(String id) {
        for (NodeKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    public static String ids() {
        return Arrays.stream(values()).map(NodeKind::id).collect(Collectors.joining(", "));
    }
}
