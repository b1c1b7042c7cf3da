package org.imstb.topology.file;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import org.imstb.common.config.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON schema accepts what the loader accepts and rejects shape errors (for editors and CI linting). */
class TopologySchemaTest {

    static JsonSchema schema() throws Exception {
        try (InputStream in = TopologyLoader.class.getResourceAsStream(TopologyLoader.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(String yaml) throws Exception {
        JsonNode doc = YamlLoader.mapper().readTree(yaml);
        return schema().validate(doc);
    }

    @Test
    void theDefaultTopologyIsValid() throws Exception {
        Set<ValidationMessage> errors = validate(TopologyLoader.defaultText());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theOneDomainFixtureIsValid() throws Exception {
        Set<ValidationMessage> errors = validate(Files.readString(TopologyFixtures.path("01-one-domain.yaml")));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-unknown-kind.yaml", "bad-typo.yaml", "bad-aka.yaml", "bad-name.yaml"})
    void shapeErrorsAreSchemaErrorsToo(String file) throws Exception {
        assertFalse(validate(Files.readString(TopologyFixtures.path(file))).isEmpty(), file);
    }
}
