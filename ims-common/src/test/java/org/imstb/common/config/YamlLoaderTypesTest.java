package org.imstb.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polymorphic values ({@code type: ...}): written as their type property, wrong or missing types named. */
class YamlLoaderTypesTest {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
        @JsonSubTypes.Type(value = Shape.Square.class, name = "square")})
    sealed interface Shape {
        record Circle(Integer r) implements Shape {
        }

        record Square(Integer side) implements Shape {
        }
    }

    record Drawing(Map<String, Shape> shapes) {
    }

    @TempDir
    Path dir;

    private Drawing load(String yaml) throws Exception {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, yaml);
        return YamlLoader.load(f, Drawing.class);
    }

    @Test
    void theTypePropertyIsWrittenAsAPropertyAndReadBack() throws Exception {
        Drawing d = load("shapes:\n  a: {kind: circle, r: 2}\n");
        String yaml = YamlLoader.mapper().writeValueAsString(d);
        assertTrue(yaml.contains("kind: \"circle\""), yaml);
        assertEquals(d, load(yaml));
    }

    @Test
    void anUnknownOrMissingTypeNamesTheTypesThereAre() {
        ConfigException unknown = assertThrows(ConfigException.class, () -> load("shapes:\n  a: {kind: oval}\n"));
        assertEquals("shapes.a", unknown.field());
        assertEquals(2, unknown.line());
        assertTrue(unknown.getMessage().endsWith("unknown kind 'oval' (one of circle, square)"), unknown.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> load("shapes:\n  a: {r: 1}\n"));
        assertTrue(missing.getMessage().endsWith("'kind' is required (one of circle, square)"), missing.getMessage());
    }
}
