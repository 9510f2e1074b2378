package io.newsfacts.extractor.input;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The article text of an HTML page: title and paragraphs of its main content, not menus, scripts or footers. */
final class HtmlText {
    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "template, button, [role=navigation], [aria-hidden=true], .nav, .menu, .footer, .sidebar, .comments, "
            + ".advert, .ad";

    private HtmlText() {
    }

    static String articleText(Document doc) {
        doc.select(NOISE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main, [role=main], #content, .content, .article, .story");
        if (root == null) root = doc.body();
        StringBuilder sb = new StringBuilder();
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null ? h1.text().trim() : doc.title().trim();
        if (!title.isEmpty()) sb.append(title).append("\n\n");
        if (root == null) return sb.toString();
        Elements blocks = root.select("p, li, h2, h3, h4, blockquote, pre, td");
        if (blocks.isEmpty()) {
            String t = root.text().trim();
            if (!t.isEmpty() && !t.equals(title)) sb.append(t).append('\n');
            return sb.toString();
        }
        for (Element b : blocks) {
            // nested blocks (a p inside a li or td) are written once, by the innermost block
            if (b.select("p, li, h2, h3, h4, blockquote, pre, td").size() > 1) continue;
            String t = b.text().trim();
            if (t.isEmpty() || t.equals(title)) continue;
            sb.append(t).append("\n\n");
        }
        return sb.toString();
    }
}
