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
        for (int i = 0; i < blocks.size(); i++) {
            Element b = blocks.get(i);
            // nested blocks (a p inside a li or td) are written once, by the innermost block. Blocks come in
            // document order, so a block holding another is followed by it: one look at the next block, not a
            // search of each block's subtree, which took minutes on deeply nested pages.
            if (i + 1 < blocks.size() && holds(b, blocks.get(i + 1))) continue;
            String t = b.text().trim();
            if (t.isEmpty() || t.equals(title)) continue;
            sb.append(t).append("\n\n");
        }
        return sb.toString();
    }

    private static boolean holds(Element outer, Element inner) {
        for (Element e = inner.parent(); e != null; e = e.parent()) {
            if (e == outer) return true;
        }
        return false;
    }
}
