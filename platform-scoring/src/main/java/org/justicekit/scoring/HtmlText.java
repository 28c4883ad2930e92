package org.justicekit.scoring;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the readable text of an HTML page: scripts, styles, navigation and forms are
 * dropped; headings, paragraphs, list items, table cells and other blocks end sentences (they
 * are separated by a blank line); runs of white space collapse to one space.
 */
final class HtmlText {
  private static final Set<String> SKIP = Set.of(
      "script", "style", "noscript", "template", "nav", "footer", "svg", "iframe", "object",
      "form", "button", "select", "option", "textarea", "canvas", "head", "title", "meta", "link");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "aside", "header", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody",
      "tfoot", "caption", "blockquote", "pre", "br", "hr", "figure", "figcaption", "address",
      "details", "summary", "body", "html");

  private HtmlText() {}

  /** Whether the text looks like HTML markup rather than plain text. */
  static boolean looksLikeHtml(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= n || text.charAt(i) != '<') {
      return false;
    }
    String head = text.substring(i, Math.min(n, i + 2048)).toLowerCase(java.util.Locale.ROOT);
    for (String marker : new String[] {"<!doctype html", "<html", "<head", "<body", "<p>", "<p ",
        "<div", "<h1", "<h2", "<h3", "<h4", "<ul", "<ol", "<li", "<br", "<span", "<table",
        "<article", "<section", "<a ", "<main", "<!--"}) {
      if (head.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The readable text of the page. */
  static String extract(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 20));
    NodeTraversor.traverse(new NodeVisitor() {
      private int skipDepth = -1;

      @Override
      public void head(Node node, int depth) {
        if (skipDepth >= 0) {
          return;
        }
        if (node instanceof Element el) {
          String tag = el.normalName();
          if (SKIP.contains(tag) || "navigation".equals(el.attr("role"))
              || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            skipDepth = depth;
            return;
          }
          if (BLOCKS.contains(tag)) {
            block(out);
          }
        } else if (node instanceof TextNode t) {
          appendCollapsed(out, t.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (skipDepth >= 0) {
          if (depth == skipDepth) {
            skipDepth = -1;
          }
          return;
        }
        if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
          block(out);
        }
      }
    }, doc);
    int end = out.length();
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  private static void block(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
    if (n == 0) {
      return;
    }
    if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
      return;
    }
    out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    boolean space = out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
      }
    }
  }
}
