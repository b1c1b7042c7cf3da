package org.imstb.topology.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imstb.common.trace.Protocol;

/**
 * A sequence diagram as one standalone HTML file: inline SVG, inline CSS and a few lines of inline JavaScript; no
 * network access is needed to view it. Lifelines per node under domain headers (see {@link TraceSet#columns}), one
 * arrow per message labelled like {@link LadderText} (SIP blue, Diameter orange, retransmissions dashed), the time
 * since the first message in the left margin. Hovering an arrow shows its summary (an SVG {@code <title>}); clicking
 * it (or the arrow keys / j, k) shows the whole message in the side panel.
 */
public final class LadderHtml {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double CHAR = 7.2;
    private static final double LEFT = 86;
    private static final double TOP_DOMAIN = 12;
    private static final double TOP_NAME = 44;
    private static final double NAME_H = 24;
    private static final double FIRST_ROW = 100;
    private static final double ROW = 26;
    private static final String SIP = "#1f5fbf";
    private static final String DIAMETER = "#c0641a";

    private LadderHtml() {
    }

    /** The HTML page. */
    public static String render(String title, List<NodeInfo> columns, List<TraceMessage> messages) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        double[] nameWidths = columns.stream().mapToDouble(c -> c.name().length() * CHAR + 18).toArray();
        List<LadderLayout.Span> spans = new ArrayList<>();
        for (TraceMessage m : messages) {
            spans.add(new LadderLayout.Span(index.get(m.from()), index.get(m.to()), m.ladderLabel().length() * CHAR));
        }
        double[] x = LadderLayout.positions(nameWidths, spans, 14, 96);
        for (int i = 0; i < x.length; i++) {
            x[i] += LEFT;
        }
        double width = x.length == 0 ? 300 : x[x.length - 1] + nameWidths[nameWidths.length - 1] / 2 + 90;
        double bottom = FIRST_ROW + Math.max(1, messages.size()) * ROW;
        double height = bottom + 16;

        StringBuilder svg = new StringBuilder(8192 + messages.size() * 400);
        svg.append(String.format(Locale.ROOT, "<svg id=\"ladder\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"sequence diagram\" font-family=\"monospace\" "
                + "font-size=\"12\">%n", width, height, width, height));
        svg.append("<defs>")
                .append("<marker id=\"head-sip\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                        + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                        + "class=\"head sip\" fill=\"" + SIP + "\"/></marker>")
                .append("<marker id=\"head-diameter\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                        + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                        + "class=\"head diameter\" fill=\"" + DIAMETER + "\"/></marker>")
                .append("</defs>\n");
        domains(svg, columns, x, nameWidths);
        svg.append(String.format(Locale.ROOT, "<text class=\"unit\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                + "fill=\"#777\">ms</text>%n", LEFT - 14, TOP_NAME + 16.5));
        for (int i = 0; i < columns.size(); i++) {
            NodeInfo c = columns.get(i);
            svg.append(String.format(Locale.ROOT, "<g class=\"lifeline\" data-node=\"%s\">"
                    + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"
                    + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"#fff\" "
                    + "stroke=\"#555\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>%n",
                    xml(c.name()), x[i], TOP_NAME + NAME_H, x[i], bottom, x[i] - nameWidths[i] / 2, TOP_NAME,
                    nameWidths[i], NAME_H, x[i], TOP_NAME + 16.5, xml(c.name())));
        }
        long t0 = messages.isEmpty() ? 0 : messages.get(0).timeNs();
        ArrayNode data = JSON.createArrayNode();
        for (int i = 0; i < messages.size(); i++) {
            TraceMessage m = messages.get(i);
            double y = FIRST_ROW + i * ROW;
            String offset = String.format(Locale.ROOT, "%.3f", (m.timeNs() - t0) / 1e6);
            String proto = m.protocol() == Protocol.DIAMETER ? "diameter" : "sip";
            String tip = "#" + (i + 1) + "  +" + offset + " ms  " + m.from() + " \u2192 " + m.to() + "  " + m.summary()
                    + (m.retransmission() ? "  (retransmission)" : "");
            svg.append("<g class=\"msg ").append(proto).append(m.retransmission() ? " rtx" : "")
                    .append("\" data-i=\"").append(i).append("\"><title>").append(xml(tip)).append("</title>");
            String stroke = String.format(" fill=\"none\" stroke=\"%s\" stroke-width=\"1.4\"%s",
                    m.protocol() == Protocol.DIAMETER ? DIAMETER : SIP,
                    m.retransmission() ? " stroke-dasharray=\"5 3\"" : "");
            double a = x[index.get(m.from())];
            double b = x[index.get(m.to())];
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            if (a == b) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"hit\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill-opacity=\"0\"/><path d=\"M%.1f,%.1f h30 v8 h-30\"%s "
                        + "marker-end=\"url(#head-%s)\"/>",
                        a, y - 18, 40 + m.ladderLabel().length() * CHAR, ROW - 2, a, y - 4, stroke, proto));
                svg.append(String.format(Locale.ROOT,
                        "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" fill=\"#111\">%s</text>",
                        a + 34, y - 6, xml(m.ladderLabel())));
            } else {
                svg.append(String.format(Locale.ROOT, "<rect class=\"hit\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill-opacity=\"0\"/><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                        + "y2=\"%.1f\"%s marker-end=\"url(#head-%s)\"/>", lo, y - 18, hi - lo, ROW - 2, a, y, b, y,
                        stroke, proto));
                svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" "
                        + "text-anchor=\"middle\" fill=\"#111\">%s</text>", (a + b) / 2, y - 5, xml(m.ladderLabel())));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"time\" x=\"%.1f\" y=\"%.1f\" "
                    + "text-anchor=\"end\" fill=\"#777\">%s</text></g>%n", LEFT - 14, y + 4, offset));
            ObjectNode d = data.addObject();
            d.put("n", i + 1);
            d.put("t", "+" + offset + " ms");
            d.put("from", m.from());
            d.put("to", m.to());
            d.put("protocol", m.protocol().name() + (m.transport() == null || m.transport().isEmpty() ? ""
                    : "/" + m.transport()));
            d.put("summary", m.summary());
            if (m.delayNs() != null) {
                d.put("delay", String.format(Locale.ROOT, "%.3f ms", m.delayNs() / 1e6));
            }
            d.put("rtx", m.retransmission());
            d.put("text", MessageText.display(m.text()));
        }
        svg.append("</svg>\n");
        return page(title, svg.toString(), scriptJson(data), messages.size(), columns.size());
    }

    private static void domains(StringBuilder svg, List<NodeInfo> columns, double[] x, double[] nameWidths) {
        int i = 0;
        while (i < columns.size()) {
            String domain = columns.get(i).domain();
            int j = i;
            while (j + 1 < columns.size() && domain != null && domain.equals(columns.get(j + 1).domain())) {
                j++;
            }
            if (domain != null) {
                double left = x[i] - nameWidths[i] / 2 - 6;
                double right = x[j] + nameWidths[j] / 2 + 6;
                svg.append(String.format(Locale.ROOT, "<g class=\"domain\"><rect x=\"%.1f\" y=\"%.1f\" "
                        + "width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"#eef3fa\" stroke=\"#9db4d6\"/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#35557f\" "
                        + "font-weight=\"bold\">%s</text></g>%n", left, TOP_DOMAIN, right - left,
                        TOP_NAME + NAME_H + 6 - TOP_DOMAIN, (left + right) / 2, TOP_DOMAIN + 17, xml(domain)));
            }
            i = j + 1;
        }
    }

    private static String page(String title, String svg, String json, int messages, int columns) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"generator\" content=\"imstb trace ladder\">\n"
                + "<title>" + xml(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<header><h1>" + xml(title) + "</h1><span>" + messages + " messages, " + columns
                + " lifelines &#183; hover an arrow for its summary, click it (or use &#8593;/&#8595;) for the whole "
                + "message</span></header>\n<main>\n<div id=\"diagram\">\n" + svg + "</div>\n"
                + "<aside id=\"panel\"><div id=\"meta\">Click an arrow.</div><pre id=\"text\"></pre></aside>\n"
                + "</main>\n<script type=\"application/json\" id=\"messages\">" + json + "</script>\n<script>\n" + JS
                + "</script>\n</body>\n</html>\n";
    }

    /** JSON that cannot end the script element or open markup inside it. */
    private static String scriptJson(ArrayNode data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body { margin: 0; font: 13px/1.4 system-ui, sans-serif; color: #222; }
            header { padding: 8px 14px; border-bottom: 1px solid #ccc; background: #f6f6f6; }
            header h1 { font-size: 15px; margin: 0 12px 0 0; display: inline; }
            header span { color: #666; }
            main { display: flex; height: calc(100vh - 42px); }
            #diagram { flex: 1 1 60%; overflow: auto; }
            #panel { flex: 0 0 40%; max-width: 720px; border-left: 1px solid #ccc; overflow: auto;
                     background: #fbfbfb; }
            #meta { padding: 8px 12px; border-bottom: 1px solid #ddd; font-family: monospace; white-space: pre-wrap; }
            #text { margin: 0; padding: 8px 12px; font-size: 12px; white-space: pre-wrap; word-break: break-all; }
            .msg .hit { fill: #fff4c2; fill-opacity: 0; }
            .msg { cursor: pointer; }
            .msg:hover .hit { fill-opacity: 1; }
            .msg.sel .hit { fill: #ffe08a; fill-opacity: 1; }
            """;

    private static final String JS = """
            const messages = JSON.parse(document.getElementById('messages').textContent);
            let current = -1;
            function show(i) {
              if (i < 0 || i >= messages.length) return;
              document.querySelectorAll('g.msg.sel').forEach(g => g.classList.remove('sel'));
              const g = document.querySelector('g.msg[data-i="' + i + '"]');
              g.classList.add('sel');
              g.scrollIntoView({block: 'nearest', inline: 'nearest'});
              const m = messages[i];
              document.getElementById('meta').textContent = '#' + m.n + '  ' + m.t + '  ' + m.from + ' \\u2192 ' + m.to
                + '\\n' + m.protocol + (m.delay ? '  delay ' + m.delay : '') + (m.rtx ? '  retransmission' : '')
                + '\\n' + m.summary;
              document.getElementById('text').textContent = m.text;
              current = i;
            }
            document.getElementById('ladder').addEventListener('click', e => {
              const g = e.target.closest('g.msg');
              if (g) show(Number(g.dataset.i));
            });
            document.addEventListener('keydown', e => {
              if (e.key === 'ArrowDown' || e.key === 'j') { show(current + 1); e.preventDefault(); }
              if (e.key === 'ArrowUp' || e.key === 'k') { show(Math.max(0, current - 1)); e.preventDefault(); }
            });
            """;
}
