package io.newsfacts.extractor.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads JSON as Python's {@code json.loads} does: one value per text, NaN and Infinity allowed, last key wins. */
final class ScoreJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private ScoreJson() {
    }

    /** UTF-8 (a byte-order mark is dropped) decoded strictly, or null when the bytes are not UTF-8. */
    static String utf8(byte[] raw) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A whole file's JSON value; {@code where} names the file in messages. */
    static JsonNode parse(byte[] raw, String where) throws ScoreInputException {
        String s = utf8(raw);
        if (s == null) throw new ScoreInputException(where + ": invalid JSON: not UTF-8");
        return parse(s, where);
    }

    static JsonNode parse(String s, String where) throws ScoreInputException {
        try {
            JsonNode x = MAPPER.readTree(s);
            if (x == null || x.isMissingNode()) throw new ScoreInputException(where + ": invalid JSON: no value");
            return x;
        } catch (JsonProcessingException e) {
            throw new ScoreInputException(where + ": invalid JSON: " + e.getOriginalMessage());
        }
    }
}
