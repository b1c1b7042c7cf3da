package org.imstb.common.sip.parse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every field of a JAIN-SIP object graph as path = value lines, for telling whether two parsed messages are the same
 * down to the last flag (JAIN-SIP's own equals() skips some fields, encode() hides others).
 */
final class ObjectTree {
    private ObjectTree() {
    }

    static Map<String, String> of(Object root) {
        Map<String, String> out = new TreeMap<>();
        walk(root, "", out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    /** The paths where the two graphs differ, with both values; empty when they are the same. */
    static String diff(Object a, Object b) {
        Map<String, String> x = of(a);
        Map<String, String> y = of(b);
        Set<String> keys = new TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (!Objects.equals(x.get(k), y.get(k))) {
                sb.append(k).append(": ").append(x.get(k)).append(" | ").append(y.get(k)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void walk(Object o, String path, Map<String, String> out, Set<Object> seen) {
        if (o == null) {
            out.put(path, "null");
            return;
        }
        Class<?> c = o.getClass();
        if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                || c.isEnum()) {
            out.put(path, c.getSimpleName() + ":" + o);
            return;
        }
        if (!seen.add(o)) {
            return;
        }
        if (o instanceof Map<?, ?> m) {
            out.put(path + ".class", c.getName());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path + "{" + e.getKey() + "}", out, seen);
            }
            return;
        }
        if (o instanceof Collection<?> col) {
            out.put(path + ".class", c.getName());
            int i = 0;
            for (Object e : col) {
                walk(e, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        if (o instanceof byte[] bytes) {
            out.put(path, "bytes:" + java.util.Arrays.toString(bytes));
            return;
        }
        if (c.isArray() || c.getName().startsWith("java.") || c.getName().startsWith("sun.")) {
            out.put(path, c.getName() + ":" + o);
            return;
        }
        out.put(path + ".class", c.getName());
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                try {
                    walk(f.get(o), path + "." + f.getName(), out, seen);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
