package org.imstb.common.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Index from the dotted path of every field and list element of a YAML document ({@code hss1.diameter.port},
 * {@code subscribers[2].impi}) to its 1-based line, so that problems found after binding still name a line.
 */
final class YamlLocations {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLocations() {
    }

    static YamlLocations index(String yaml) {
        YamlLocations idx = new YamlLocations();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            idx.walk(p);
        } catch (IOException e) {
            // syntax errors are reported by the binder, which has the exact location
        }
        return idx;
    }

    /** Line of {@code path} or of its nearest indexed parent; 0 if unknown. */
    int lineOf(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            p = parent(p);
        }
        return 0;
    }

    private static String parent(String p) {
        if (p.endsWith("]")) {
            return p.substring(0, p.lastIndexOf('['));
        }
        int dot = p.lastIndexOf('.');
        return dot < 0 ? null : p.substring(0, dot);
    }

    private void walk(JsonParser p) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        String pendingField = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            JsonLocation loc = p.currentTokenLocation();
            switch (t) {
                case FIELD_NAME -> {
                    String base = stack.isEmpty() ? "" : stack.peek().path;
                    pendingField = base.isEmpty() ? p.currentName() : base + "." + p.currentName();
                    lines.putIfAbsent(pendingField, loc.getLineNr());
                }
                case START_OBJECT, START_ARRAY -> {
                    String path = elementPath(stack, pendingField, loc);
                    stack.push(new Frame(path == null ? "" : path, t == JsonToken.START_ARRAY));
                    pendingField = null;
                }
                case END_OBJECT, END_ARRAY -> {
                    stack.pop();
                    pendingField = null;
                }
                default -> {
                    elementPath(stack, pendingField, loc);
                    pendingField = null;
                }
            }
        }
    }

    /** The path of the value just read: the pending field, or the next index of the enclosing list. */
    private String elementPath(Deque<Frame> stack, String pendingField, JsonLocation loc) {
        if (!stack.isEmpty() && stack.peek().array) {
            Frame f = stack.peek();
            String path = f.path + "[" + f.next++ + "]";
            lines.putIfAbsent(path, loc.getLineNr());
            return path;
        }
        return pendingField;
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int next;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
