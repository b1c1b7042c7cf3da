package org.imstb.common.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Collectors;

/**
 * Reads YAML files into typed, validated objects. Every failure is a {@link ConfigException} naming the file, the
 * line and the field: YAML syntax errors, unknown fields (typos are errors, not silently ignored), values of the
 * wrong type, and problems found by {@link Validatable#validate}.
 */
public final class YamlLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    // polymorphic values are written as their type property ("type: proxy"), not as YAML tags
                    .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .findAndRegisterModules();

    private YamlLoader() {
    }

    /** The shared YAML mapper (also used to write resolved configuration back out). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads the whole file as {@code type}. */
    public static <T> T load(Path file, Class<T> type) {
        String text = read(file);
        return bind(file, text, "", type);
    }

    /**
     * Reads a node configuration file: one top-level key, the node name, whose value is bound to {@code type}.
     */
    public static <T> Named<T> loadNamed(Path file, Class<T> type) {
        String text = read(file);
        JsonNode root = tree(file, text);
        if (!(root instanceof ObjectNode obj) || obj.size() != 1) {
            throw new ConfigException(file, 1, "",
                    "a node configuration has exactly one top-level key, the node name (e.g. 'hss1:')");
        }
        String name = obj.fieldNames().next();
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new ConfigException(file, 1, name, "node name must be letters, digits, '-' or '_'");
        }
        return new Named<>(name, bind(file, text, name, type));
    }

    /** Binds the sub-document at {@code path} (empty for the root) of {@code text} to {@code type}. */
    public static <T> T bind(Path file, String text, String path, Class<T> type) {
        YamlLocations where = YamlLocations.index(text);
        JsonNode node = tree(file, text);
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            throw new ConfigException(file, where.lineOf(path), path, "is required");
        }
        T value;
        try {
            value = MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String field = join(path, fieldPath(e));
            throw new ConfigException(file, where.lineOf(field), field, describe(e), e);
        } catch (JacksonException e) {
            throw new ConfigException(file, 0, path, e.getOriginalMessage(), e);
        }
        if (value instanceof Validatable v) {
            try {
                v.validate(new FieldErrors(path));
            } catch (FieldErrors.InvalidField e) {
                throw new ConfigException(file, where.lineOf(e.field()), e.field(), e.problem(), e);
            }
        }
        return value;
    }

    private static JsonNode tree(Path file, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new ConfigException(file, 1, "", "file is empty");
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            throw new ConfigException(file, loc == null ? 0 : loc.getLineNr(), "",
                    "not valid YAML: " + firstLine(e.getOriginalMessage()), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, "", "file not found");
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : b.startsWith("[") ? a + b : a + "." + b;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field" + (known.isEmpty() ? "" : " (known fields: " + known + ")");
        }
        if (e instanceof InvalidTypeIdException t && t.getBaseType() != null) {
            return describeTypeId(t);
        }
        if (e instanceof InvalidFormatException f) {
            return "cannot read '" + f.getValue() + "' as " + simpleType(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + simpleType(m.getTargetType()) + ": " + firstLine(m.getOriginalMessage());
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return firstLine(e.getOriginalMessage());
    }

    /** A polymorphic value ({@code type: ...}) whose type is missing or unknown, with the types there are. */
    private static String describeTypeId(InvalidTypeIdException t) {
        Class<?> base = t.getBaseType().getRawClass();
        JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
        String property = info == null || info.property().isEmpty() ? "type" : info.property();
        DeserializationConfig config = MAPPER.getDeserializationConfig();
        String known = MAPPER.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config,
                AnnotatedClassResolver.resolveWithoutSuperTypes(config, base)).stream()
                .filter(NamedType::hasName).map(NamedType::getName).sorted().collect(Collectors.joining(", "));
        String problem = t.getTypeId() == null ? "'" + property + "' is required"
                : "unknown " + property + " '" + t.getTypeId() + "'";
        return known.isEmpty() ? problem : problem + " (one of " + known + ")";
    }

    private static String simpleType(Class<?> c) {
        if (c.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] cs = c.getEnumConstants();
            for (int i = 0; i < cs.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(cs[i]);
            }
            return sb.toString();
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "an integer";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(c)) {
            return "a list";
        }
        return c.getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        Iterator<String> it = s.lines().iterator();
        return it.hasNext() ? it.next() : s;
    }

    /** A value read under a top-level name. */
    public record Named<T>(String name, T value) {
    }
}
