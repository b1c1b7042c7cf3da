package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderHtmlTest {
    private final TraceSet lab1 = Traces.loadLab1();
    private final String html = LadderHtml.render("lab1 <all>", lab1.columns(lab1.messages()), lab1.messages());

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void oneArrowPerMessageOneLifelinePerNodeOneBoxPerDomain() {
        assertEquals(114, count(html, "<g class=\"msg "));
        assertEquals(2, count(html, "<g class=\"msg sip rtx\""));
        assertEquals(10, count(html, "<g class=\"lifeline\""));
        assertEquals(2, count(html, "<g class=\"domain\">"));
        assertTrue(html.contains("<g class=\"lifeline\" data-node=\"hss2\">"));
        assertTrue(html.contains(">UAA 2001</text>"));
        assertEquals(114, count(html, "<title>#"), "a tooltip per arrow");
    }

    @Test
    void standaloneWithoutNetworkAccess() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("http://"), "no external references");
        assertFalse(html.contains("https://"));
        assertFalse(html.contains(" src="));
        assertFalse(html.contains("<link"));
        assertEquals(1, count(html, "<svg "));
        assertEquals(2, count(html, "<script"), "the data and the inline script");
    }

    @Test
    void messageTextIsEscaped() {
        int start = html.indexOf("<script type=\"application/json\" id=\"messages\">");
        int end = html.indexOf("</script>", start);
        String json = html.substring(html.indexOf('>', start) + 1, end);
        assertFalse(json.contains("<"), "nothing in the data can close the script element");
        assertTrue(json.contains("\\u003cIMSSubscription\\u003e"), "SAA User-Data XML kept, escaped");
        assertFalse(html.contains("<IMSSubscription>"));
        assertTrue(json.contains("Host-IP-Address = ::1"), "raw Address AVP bytes decoded");
        assertTrue(html.contains("<title>lab1 &lt;all&gt;</title>"));
    }

    @Test
    void tooltipsAreEscapedToo() {
        List<TraceMessage> odd = List.of(Traces.sip(0, "ue1", "pcscf1", "MESSAGE"),
                new TraceMessage(1_000_000L, "pcscf1", "ue1", org.imstb.common.trace.Protocol.SIP, "UDP",
                        "200 <OK> & \"done\"", "200 <OK>", List.of("200"), "SIP/2.0 200 <OK>\r\n\r\n", null, null,
                        false, null, java.util.Set.of()));
        String page = LadderHtml.render("t", List.of(NodeInfo.unknown("ue1"), NodeInfo.unknown("pcscf1")), odd);
        assertTrue(page.contains("200 &lt;OK&gt; &amp; &quot;done&quot;</title>"));
        assertTrue(page.contains(">200 &lt;OK&gt;</text>"));
        assertTrue(page.contains("SIP/2.0 200 \\u003cOK\\u003e\\n\\n"));
    }
}
