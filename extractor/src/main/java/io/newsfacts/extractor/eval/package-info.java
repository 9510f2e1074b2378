/**
 * Scores extractor output against gold files: the project's own scorer, with exactly the gold-mode definitions of
 * the reference scorer {@code ../shared/bench/score.py} (entity P/R/F1 strict and lenient, subtype accuracy,
 * figure detection P/R/F1 by overlap and kind, attribute accuracies, warnings found). It reads gold JSON and
 * predictions (contract JSON Lines, or {@link io.newsfacts.extractor.model.Article} records) with Jackson and
 * knows nothing of the command line. Used by the CLI's {@code eval} command and by the accuracy pin test.
 *
 * <p>The port keeps score.py's Python semantics where they decide a number: words are runs of Unicode letters
 * and digits, strings are stripped of Python's whitespace, offsets are UTF-16 code units, JSON values are read
 * as Python's {@code json} reads them, and percentages are rounded half-even to six places.
 */
package io.newsfacts.extractor.eval;
