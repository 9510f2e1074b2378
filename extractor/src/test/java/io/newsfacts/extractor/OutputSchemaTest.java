package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsfacts.extractor.input.ArticleReader;
import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Real output validates against the published JSON Schema, and every field of the contract is present. */
class OutputSchemaTest {
    private static JsonSchema schema() throws Exception {
        try (InputStream in = ContractJson.class.getResourceAsStream("newsfacts-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void seedOutputValidates() throws Exception {
        Path corpus = TestModels.corpus();
        Article a = TestModels.extractor().extract(
                ArticleReader.read(corpus.resolve("articles/mps-2020-10-26.txt"), corpus.resolve("articles")));
        JsonNode json = new ObjectMapper().readTree(ContractJson.toJsonLine(a));
        Set<ValidationMessage> errors = schema().validate(json);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("newsfacts/1", json.get("schema").asText());
        assertEquals(262000, json.get("figures").get(0).get("value").asLong());
        assertTrue(json.get("figures").get(0).get("value").isIntegralNumber(), "262000 is written as an integer");
    }

    @Test
    void mixedNumbersValidate() throws Exception {
        Article a = TestModels.extract("Between 10 and 20 people were hurt, and $5m was lost, up 4% year-on-year "
                + "in Fujian Province, said Li Wei, spokesman of the Fujian Provincial Public Security Department.");
        Set<ValidationMessage> errors = schema().validate(new ObjectMapper().readTree(ContractJson.toJsonLine(a)));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void schemaRejectsAFigureWithoutKind() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("{\"schema\":\"newsfacts/1\",\"id\":\"x\",\"source\":{\"path\":\"x\","
                + "\"sha256\":\"" + "0".repeat(64) + "\",\"chars\":1,\"encoding\":\"UTF-8\"},\"language\":\"en\","
                + "\"dateline\":null,\"byline\":null,\"figures\":[{\"id\":\"f1\"}],\"entities\":[],\"warnings\":[]}");
        assertTrue(!schema().validate(bad).isEmpty());
    }
}
