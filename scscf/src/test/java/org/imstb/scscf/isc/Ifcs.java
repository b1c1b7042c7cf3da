package org.imstb.scscf.isc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds iFC XML for tests. */
final class Ifcs {
    private Ifcs() {
    }

    /** An SPT in the given groups, not negated. */
    static String spt(String condition, int... groups) {
        return spt(false, condition, groups);
    }

    static String spt(boolean negated, String condition, int... groups) {
        return "<SPT><ConditionNegated>" + (negated ? 1 : 0) + "</ConditionNegated>"
                + Arrays.stream(groups).mapToObj(g -> "<Group>" + g + "</Group>").collect(Collectors.joining())
                + condition + "</SPT>";
    }

    static String method(String m) {
        return "<Method>" + m + "</Method>";
    }

    static String header(String name, String content) {
        String c = content == null ? "" : "<Content>" + content + "</Content>";
        return "<SIPHeader><Header>" + name + "</Header>" + c + "</SIPHeader>";
    }

    static String tp(boolean cnf, String... spts) {
        return "<TriggerPoint><ConditionTypeCNF>" + (cnf ? 1 : 0) + "</ConditionTypeCNF>" + String.join("", spts)
                + "</TriggerPoint>";
    }

    /** A whole iFC; {@code triggerPoint} may be empty, {@code ppi} -1 for none. */
    static String ifc(int priority, String triggerPoint, String as, int ppi) {
        return "<InitialFilterCriteria><Priority>" + priority + "</Priority>" + triggerPoint
                + "<ApplicationServer><ServerName>" + as + "</ServerName><DefaultHandling>0</DefaultHandling>"
                + "</ApplicationServer>" + (ppi < 0 ? "" : "<ProfilePartIndicator>" + ppi + "</ProfilePartIndicator>")
                + "</InitialFilterCriteria>";
    }
}
