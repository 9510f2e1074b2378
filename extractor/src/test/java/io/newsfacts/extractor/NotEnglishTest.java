package io.newsfacts.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.newsfacts.extractor.json.ContractJson;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Warning;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** An article surely not in English keeps its language and gets a warning, not figures and entities mined from it. */
class NotEnglishTest {
    /** Written for this test: a few sentences of a Chinese police report. */
    static final String CHINESE = "公安部26日在北京召开新闻发布会。今年1月至9月，全国公安机关共破获电信网络诈骗案件25.6万起，"
            + "抓获犯罪嫌疑人37.3万名，同比分别上升116.4%和106.9%。公安部刑事侦查局负责人表示，将继续严厉打击此类犯罪。";

    @Test
    void aChineseArticleIsSkippedWithAWarning() throws Exception {
        Article a = TestModels.extract(CHINESE);
        assertEquals("zh", a.language());
        assertTrue(a.figures().isEmpty(), a.figures()::toString);
        assertTrue(a.entities().isEmpty(), a.entities()::toString);
        assertEquals(1, a.warnings().size());
        Warning w = a.warnings().get(0);
        assertEquals(Warning.NOT_ENGLISH, w.code());
        assertNull(w.span());
        assertTrue(w.message().startsWith("not English: language 'zh' (most letters are in Han script)"),
                w.message());

        JsonNode json = new ObjectMapper().readTree(ContractJson.toJsonLine(a));
        JsonNode warning = json.get("warnings").get(0);
        assertTrue(warning.get("start").isNull() && warning.get("end").isNull() && warning.get("text").isNull(),
                warning::toString);
        try (InputStream in = ContractJson.class.getResourceAsStream("newsfacts-1.schema.json")) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(json);
            assertTrue(errors.isEmpty(), errors::toString);
        }
    }

    @Test
    void frenchAndGermanProseIsSkipped() {
        Article fr = TestModels.extract("Le ministère de la Sécurité publique a tenu une conférence de presse à Pékin "
                + "lundi. La police a arrêté 373 000 suspects cette année, selon les autorités.");
        assertEquals("fr", fr.language());
        assertEquals(Warning.NOT_ENGLISH, fr.warnings().get(0).code());
        assertTrue(fr.figures().isEmpty());
        Article de = TestModels.extract("Die Polizei hat in diesem Jahr mehr als 300.000 Verdächtige festgenommen, "
                + "teilte das Ministerium am Montag in Peking mit.");
        assertEquals("de", de.language());
        assertTrue(de.figures().isEmpty() && de.entities().isEmpty());
    }

    @Test
    void aShortEnglishLineIsMinedWhateverTheDetectorGuesses() {
        // too little text for the detector to be sure: it may guess another language; we still mine it
        Article a = TestModels.extract("Beijing, Oct 26 (Xinhua) -- Police arrested 12 suspects.");
        assertTrue(a.warnings().stream().noneMatch(w -> w.code().equals(Warning.NOT_ENGLISH)), a.warnings()::toString);
        assertTrue(a.figures().stream().anyMatch(f -> f.text().equals("12")), a.figures()::toString);
    }
}
