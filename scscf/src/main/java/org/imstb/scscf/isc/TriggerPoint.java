package org.imstb.scscf.isc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;

/**
 * The compiled {@code <TriggerPoint>} of one iFC (TS 29.228 Annex B.2.2 and C); an iFC without TriggerPoint matches
 * every request. The SPTs are combined by their {@code <Group>} values (an SPT with several Groups belongs to each):
 * with {@code ConditionTypeCNF} 1 (conjunctive normal form) the SPTs of a group are ORed and the groups ANDed; with 0
 * (disjunctive normal form) the SPTs of a group are ANDed and the groups ORed. Immutable and thread-safe.
 */
public final class TriggerPoint {
    private static final TriggerPoint ALWAYS = new TriggerPoint(true, List.of(), List.of());

    private final boolean cnf;
    private final List<Spt> spts;
    /** For each group, in ascending Group order, the indexes of its SPTs in {@link #spts}. */
    private final List<int[]> groups;

    private TriggerPoint(boolean cnf, List<Spt> spts, List<int[]> groups) {
        this.cnf = cnf;
        this.spts = spts;
        this.groups = groups;
    }

    /**
     * Compiles the trigger point of an {@code <InitialFilterCriteria>} element (its whole XML text, as
     * {@link org.imstb.common.cx.userdata.InitialFilterCriteria#xml()} holds it); a bare {@code <TriggerPoint>}
     * element is accepted too.
     *
     * @throws IllegalArgumentException naming the element at fault (path from the TriggerPoint, e.g.
     *                                  {@code TriggerPoint/SPT[2]/SIPHeader/Content}) when the XML is not
     *                                  well-formed, a mandatory element is missing, a value is out of range or a
     *                                  regular expression does not compile
     */
    public static TriggerPoint parse(String ifcXml) {
        Element root = IfcXml.parse(ifcXml);
        Element tp;
        switch (IfcXml.name(root)) {
            case "TriggerPoint" -> tp = root;
            case "InitialFilterCriteria" -> {
                tp = IfcXml.optionalChild(root, "TriggerPoint", "InitialFilterCriteria");
                if (tp == null) {
                    return ALWAYS;
                }
            }
            default -> throw new IllegalArgumentException("root element <" + root.getTagName()
                    + "> is neither <InitialFilterCriteria> nor <TriggerPoint>");
        }
        String path = "TriggerPoint";
        boolean cnf = IfcXml.bool(IfcXml.requiredChild(tp, "ConditionTypeCNF", path), path + "/ConditionTypeCNF");
        List<Element> elements = IfcXml.children(tp, "SPT");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException(path + ": SPT missing");
        }
        List<Spt> spts = new ArrayList<>(elements.size());
        Map<Long, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Spt spt = Spt.parse(elements.get(i), path + "/SPT[" + (i + 1) + "]");
            spts.add(spt);
            for (long g : spt.groups()) {
                List<Integer> m = members.computeIfAbsent(g, k -> new ArrayList<>());
                if (!m.contains(i)) {
                    m.add(i);
                }
            }
        }
        List<int[]> groups = new ArrayList<>(members.size());
        for (List<Integer> m : members.values()) {
            groups.add(m.stream().mapToInt(Integer::intValue).toArray());
        }
        return new TriggerPoint(cnf, List.copyOf(spts), List.copyOf(groups));
    }

    /** True when the request, seen in session case {@code c}, fulfils the trigger point. */
    public boolean matches(RequestView r, SessionCase c) {
        if (spts.isEmpty()) {
            return true;
        }
        Boolean[] results = new Boolean[spts.size()];
        for (int[] group : groups) {
            boolean inner = !cnf;
            for (int i : group) {
                if (results[i] == null) {
                    results[i] = spts.get(i).matches(r, c);
                }
                if (results[i] != inner) {
                    inner = results[i];
                    break;
                }
            }
            if (cnf && !inner) {
                return false;
            }
            if (!cnf && inner) {
                return true;
            }
        }
        return cnf;
    }
}
