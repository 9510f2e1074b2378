package io.newsfacts.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The function-word shortcut says "English" only where the detector would too, and leaves every doubt to it. */
class LanguageModelTest {
    /** Written for this test, in the style of a wire report. */
    static final String ENGLISH = "The Ministry of Public Security said on Monday that police had arrested 373,000 "
            + "suspects in the first nine months of the year, an increase of 116.4 percent from a year earlier. "
            + "The ministry said that the cases were cracked with the help of banks and telecom operators, and "
            + "that it would continue the campaign until the end of the year.";
    static final String FRENCH = "Le ministère de la Sécurité publique a tenu une conférence de presse à Pékin lundi. "
            + "La police a arrêté 373 000 suspects au cours des neuf premiers mois de l'année, une hausse de 116,4 % "
            + "sur un an, selon les autorités, qui ont promis de poursuivre la campagne jusqu'à la fin de l'année.";
    static final String GERMAN = "Die Polizei hat in den ersten neun Monaten des Jahres mehr als 300.000 Verdächtige "
            + "festgenommen, teilte das Ministerium für öffentliche Sicherheit am Montag in Peking mit. Das sei ein "
            + "Anstieg um 116,4 Prozent gegenüber dem Vorjahr, und die Kampagne werde bis zum Jahresende fortgesetzt.";
    static final String SPANISH = "El Ministerio de Seguridad Pública informó el lunes que la policía detuvo a 373.000 "
            + "sospechosos en los primeros nueve meses del año, un aumento del 116,4 por ciento con respecto al año "
            + "anterior, y que la campaña continuará hasta el final del año en todas las provincias del país.";
    static final String DUTCH = "Het ministerie van Openbare Veiligheid heeft maandag in Peking gezegd dat de politie "
            + "in de eerste negen maanden van het jaar 373.000 verdachten heeft aangehouden, een stijging van 116,4 "
            + "procent ten opzichte van vorig jaar, en dat de campagne tot het einde van het jaar doorgaat.";

    @Test
    void englishProseIsPlainlyEnglish() {
        assertTrue(LanguageModel.plainlyEnglish(ENGLISH));
    }

    @Test
    void otherLanguagesAndShortOrMixedTextGoToTheDetector() {
        for (String text : new String[] {FRENCH, GERMAN, SPANISH, DUTCH}) {
            assertFalse(LanguageModel.plainlyEnglish(text), text);
        }
        assertFalse(LanguageModel.plainlyEnglish("Police arrested 12 suspects, the ministry said."), "too short");
        String han = "公安部26日在北京召开新闻发布会。今年1月至9月，全国公安机关共破获电信网络诈骗案件25.6万起，抓获犯罪嫌疑人。".repeat(4);
        assertFalse(LanguageModel.plainlyEnglish(han + ENGLISH), "mostly Han letters");
    }

    @Test
    void theDetectorLoadsOnlyWhenAsked() {
        LanguageModel lm = LanguageModel.lazy();
        assertEquals(new LanguageModel.Guess("en", 1.0), lm.guess(ENGLISH));
        assertFalse(lm.detectorLoaded(), "plain English needs no detector");
        assertEquals("fr", lm.guess(FRENCH).language());
        assertTrue(lm.detectorLoaded());
        assertEquals("en", lm.byDetector(ENGLISH).language(), "the detector agrees with the shortcut");
    }
}
