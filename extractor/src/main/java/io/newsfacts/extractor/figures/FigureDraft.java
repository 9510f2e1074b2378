package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.Change;
import io.newsfacts.extractor.nlp.Sentence;

/** A figure while the stage links it to others; never leaves the stage (the stage emits {@code Figure}s). */
final class FigureDraft {
    final Sentence sentence;
    final NumberMention m;
    final Relations.Attachment attachment;
    String id;
    Change change;
    FigureDraft of;
    FigureDraft partOf;
    boolean changeFigure;

    FigureDraft(Sentence sentence, NumberMention m, Relations.Attachment attachment) {
        this.sentence = sentence;
        this.m = m;
        this.attachment = attachment;
    }

    int start() {
        return m.start();
    }

    int end() {
        return m.end();
    }
}
