package io.newsfacts.extractor.model;

import java.util.Objects;

/** A half-open [start, end) slice of an article's text, with the text it covers. */
public record Span(int start, int end, String text) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") has text of length " + text.length());
        }
    }

    /** The span [start, end) of {@code articleText}. */
    public static Span of(String articleText, int start, int end) {
        if (start < 0 || end > articleText.length() || end < start) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") outside text of length "
                    + articleText.length());
        }
        return new Span(start, end, articleText.substring(start, end));
    }

    /** Checks that this span is the slice of {@code articleText} it claims to be. */
    public void checkIn(String articleText, String what) {
        if (end > articleText.length() || !articleText.regionMatches(start, text, 0, text.length())) {
            throw new IllegalArgumentException(what + " [" + start + "," + end + ") '" + text
                    + "' is not the article's text there");
        }
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
