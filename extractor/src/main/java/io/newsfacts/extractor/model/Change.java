package io.newsfacts.extractor.model;

/** A change figure's direction ("increase"/"decrease") and basis ("year-on-year", …), either may be null. */
public record Change(String direction, String basis) {
    public Change {
        if (direction == null && basis == null) {
            throw new IllegalArgumentException("a change needs a direction or a basis");
        }
    }
}
