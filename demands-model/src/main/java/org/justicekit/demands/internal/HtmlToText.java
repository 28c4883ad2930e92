package org.justicekit.demands.internal;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The project's one set of HTML-to-text rules, used by the scorer for HTML input and by the
 * officials client for the pages it fetches. Not API: exported only to those two modules.
 *
 * <ul>
 *   <li>Dropped with their content: scripts, styles, templates, embedded objects and frames,
 *       form controls (button, select, option, textarea, input), navigation ({@code <nav>},
 *       {@code role=navigation}), footers, the document head, and anything {@code hidden} or
 *       {@code aria-hidden="true"}.
 *   <li>Kept: everything else, including the content of a {@code <form>}, as ASP.NET sites
 *       wrap the whole page in one form.
 *   <li>Headings, paragraphs, list items, table cells and other blocks are separated by a
 *       blank line, so each ends a sentence.
 *   <li>Runs of white space, including Unicode spaces (U+00A0, U+202F, ...), collapse to one
 *       space; the result is trimmed.
 * </ul>
 *
 * <p>Stateless and thread-safe. Linear in the input (jsoup's parser and one walk of the tree).
 */
public final class HtmlToText {
  private static final Set<String> SKIP = Set.of(
      "script", "style", "noscript", "template", "nav", "footer", "svg", "iframe", "object",
      "embed", "button", "select", "option", "textarea", "input", "canvas", "head", "title",
      "meta", "link");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "aside", "header", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody",
      "tfoot", "caption", "blockquote", "pre", "br", "hr", "figure", "figcaption", "address",
      "details", "summary", "body", "html", "form", "fieldset");
  private static final String[] MARKERS = {"<!doctype html", "<html", "<head", "<body", "<p>",
      "<p ", "<div", "<h1", "<h2", "<h3", "<h4", "<ul", "<ol", "<li", "<br", "<span", "<table",
      "<article", "<section", "<a ", "<main", "<!--"};

  private HtmlToText() {}

  /** Whether the text looks like HTML markup rather than plain text. */
  public static boolean looksLikeHtml(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && (isSpace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= n || text.charAt(i) != '<') {
      return false;
    }
    String head = text.substring(i, Math.min(n, i + 2048)).toLowerCase(Locale.ROOT);
    for (String marker : MARKERS) {
      if (head.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The readable text of an HTML page. */
  public static String extract(String html) {
    return text(Jsoup.parse(html));
  }

  /** The readable text under an element (a whole document, or the part a caller chose). */
  public static String text(Element root) {
    StringBuilder out = new StringBuilder();
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
    }, root);
    int end = out.length();
    while (end > 0 && isSpace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  /**
   * Whether the character separates words as a space does: white space and Unicode space
   * separators (U+00A0 no-break space, U+202F narrow no-break space, U+2007 and the like).
   */
  public static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || Character.isWhitespace(c)
        : c >= '\u0085' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
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
    boolean space = out.length() > 0 && isSpace(out.charAt(out.length() - 1));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
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
