package org.imstb.hss.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InitialFilterCriteriaTest {
    static final String IFC = """
            <InitialFilterCriteria>
              <Priority>5</Priority>
              <TriggerPoint>
                <ConditionTypeCNF>1</ConditionTypeCNF>
                <SPT><ConditionNegated>0</ConditionNegated><Group>0</Group><Method>MESSAGE</Method></SPT>
              </TriggerPoint>
              <ApplicationServer><ServerName>sip:as.domain1.test</ServerName></ApplicationServer>
            </InitialFilterCriteria>
            """;

    @Test
    void readsPriorityAndServerName() {
        InitialFilterCriteria ifc = InitialFilterCriteria.parse(IFC);
        assertEquals(5, ifc.priority());
        assertEquals("sip:as.domain1.test", ifc.serverName());
        assertEquals(IFC.strip(), ifc.xml());
    }

    @Test
    void namesTheElementAtFault() {
        assertProblem("<InitialFilterCriterion/>", "root element is <InitialFilterCriterion>");
        assertProblem(IFC.replace("<Priority>5</Priority>", ""), "<InitialFilterCriteria> has no <Priority>");
        assertProblem(IFC.replace("<Priority>5", "<Priority>high"), "<Priority> must be a non-negative integer");
        assertProblem(IFC.replace("<Method>", "<Metod>").replace("</Method>", "</Metod>"),
                "unexpected element <Metod> in <SPT>");
        assertProblem(IFC.replace("sip:as.domain1.test", "as.domain1.test"), "<ServerName> must be a SIP URI");
        assertProblem(IFC.replace("</TriggerPoint>", ""), "not well-formed");
        assertProblem(IFC.replace("<ApplicationServer>", "<ApplicationServer><Foo/>"),
                "unexpected element <Foo> in <ApplicationServer>");
        assertProblem("<!DOCTYPE x [<!ENTITY e 'x'>]>" + IFC, "not well-formed");
    }

    private static void assertProblem(String xml, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InitialFilterCriteria.parse(xml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
