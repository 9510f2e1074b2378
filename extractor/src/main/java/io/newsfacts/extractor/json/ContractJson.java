package io.newsfacts.extractor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.extractor.model.Article;
import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.model.Figure;
import io.newsfacts.extractor.model.Span;
import io.newsfacts.extractor.model.Warning;
import java.math.BigDecimal;

/** Writes an {@link Article} as one line of the newsfacts/1 JSON Lines contract. Thread-safe. */
public final class ContractJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private ContractJson() {
    }

    /** The article as a single JSON line (no trailing newline). */
    public static String toJsonLine(Article a) {
        try {
            return MAPPER.writeValueAsString(toTree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + a.id(), e);
        }
    }

    /** The article as a JSON tree, every contract field present (null when unknown). */
    public static ObjectNode toTree(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", Article.SCHEMA);
        o.put("id", a.id());
        ObjectNode src = o.putObject("source");
        src.put("path", a.source().path());
        src.put("sha256", a.source().sha256());
        src.put("chars", a.source().chars());
        src.put("encoding", a.source().encoding());
        o.put("language", a.language());
        if (a.dateline() != null) {
            ObjectNode d = o.putObject("dateline");
            d.put("place", a.dateline().place());
            d.put("date", a.dateline().date());
            d.put("start", a.dateline().span().start());
            d.put("end", a.dateline().span().end());
            d.put("text", a.dateline().span().text());
        } else {
            o.putNull("dateline");
        }
        o.put("byline", a.byline());
        ArrayNode figs = o.putArray("figures");
        for (Figure f : a.figures()) {
            figs.add(figure(f));
        }
        ArrayNode ents = o.putArray("entities");
        for (Entity e : a.entities()) {
            ents.add(entity(e));
        }
        ArrayNode warns = o.putArray("warnings");
        for (Warning w : a.warnings()) {
            ObjectNode n = warns.addObject();
            n.put("code", w.code());
            if (w.span() != null) {
                n.put("start", w.span().start());
                n.put("end", w.span().end());
                n.put("text", w.span().text());
            } else { // about the whole article: no span, the fields present and null like every unknown
                n.putNull("start");
                n.putNull("end");
                n.putNull("text");
            }
            n.put("message", w.message());
        }
        return o;
    }

    private static ObjectNode figure(Figure f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", f.id());
        n.put("kind", f.kind().name());
        n.put("start", f.start());
        n.put("end", f.end());
        n.put("text", f.text());
        putNumber(n, "value", f.value());
        n.put("unit", f.unit());
        n.put("qualifier", f.qualifier());
        if (f.approximate()) n.put("approximate", true);
        if (f.range() != null) {
            ObjectNode r = n.putObject("range");
            putNumber(r, "from", f.range().from());
            putNumber(r, "to", f.range().to());
        }
        putSpan(n, "counted", f.counted());
        if (f.predicate() != null) {
            ObjectNode p = putSpan(n, "predicate", f.predicate().span());
            p.put("lemma", f.predicate().lemma());
        } else {
            n.putNull("predicate");
        }
        if (f.period() != null) {
            ObjectNode p = putSpan(n, "period", f.period().span());
            p.put("from", f.period().from());
            p.put("to", f.period().to());
        } else {
            n.putNull("period");
        }
        putSpan(n, "place", f.place());
        n.put("agency", f.agency());
        if (f.change() != null) {
            ObjectNode c = n.putObject("change");
            c.put("direction", f.change().direction());
            c.put("basis", f.change().basis());
        } else {
            n.putNull("change");
        }
        n.put("of", f.of());
        n.put("partOf", f.partOf());
        n.put("sentence", f.sentence());
        return n;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type().name());
        n.put("subtype", e.subtype() == null ? null : e.subtype().name());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
        n.put("canonical", e.canonical());
        n.put("parent", e.parent());
        n.put("within", e.within());
        if (e.title() != null) n.put("title", e.title());
        if (e.role() != null) n.put("role", e.role());
        if (e.agency() != null) n.put("agency", e.agency());
        if (e.value() != null) n.put("value", e.value());
        return n;
    }

    private static ObjectNode putSpan(ObjectNode parent, String field, Span s) {
        if (s == null) {
            parent.putNull(field);
            return null;
        }
        ObjectNode n = parent.putObject(field);
        n.put("text", s.text());
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }

    private static void putNumber(ObjectNode n, String field, BigDecimal v) {
        if (v == null) {
            n.putNull(field);
        } else {
            BigDecimal s = v.stripTrailingZeros();
            n.put(field, s.scale() < 0 ? s.setScale(0) : s);
        }
    }
}
