package io.newsfacts.extractor;

/**
 * The extractor's settings, built by the CLI. {@code articleDate}: the date articles were published when the
 * caller knows it (ISO "2020", "2020-10" or "2020-10-26"; null when unknown), used to resolve "this year".
 */
public record ExtractorConfig(String articleDate) {
    public ExtractorConfig {
        if (articleDate != null && !articleDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("article date must be YYYY, YYYY-MM or YYYY-MM-DD: " + articleDate);
        }
    }

    public static ExtractorConfig defaults() {
        return new ExtractorConfig(null);
    }
}
