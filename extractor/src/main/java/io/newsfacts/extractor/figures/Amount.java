package io.newsfacts.extractor.figures;

import io.newsfacts.extractor.model.FigureKind;
import java.math.BigDecimal;

/**
 * A number while the grammar reads what surrounds it: pieces [first, end) hold its currency sign, number
 * (pieces [numberStart, numberEnd)) and unit. Mutable scratch of one {@link NumberGrammar} call; never shared.
 */
final class Amount {
    int first;
    int numberStart;
    int numberEnd;
    int end;
    BigDecimal value;
    boolean malformed;
    /** Written in words only ("twenty-five"), no digits. */
    boolean words;
    /** A fraction or ratio ("three fifths", "1/4", "1 in 21"). */
    boolean fraction;
    /** A share of a whole ("a quarter of", "one in five"), reported as a percentage. */
    boolean share;
    /** Multiplied by a scale word ("2.5 million"). */
    boolean scaled;
    /** The digit token it starts with, or null for words. */
    DigitNumber digits;
    FigureKind kind = FigureKind.COUNT;
    String unit;
    boolean hasUnit;
    /** A minor currency unit ("cents", "pence"). */
    boolean minor;
    /** The end of an approximate range ("two or three"): the pair is vague, not a range with exact ends. */
    boolean approximateRange;
}
