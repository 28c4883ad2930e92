package org.justicekit.officials.internal.crawl;

import org.justicekit.officials.platform.PlatformFetcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.internal.HtmlToText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What the crawler reads from a page: its title, headings, readable text (the main content,
 * without navigation, banners, footers, scripts and form controls, one block per line) and
 * links. Forms themselves stay: ASP.NET sites wrap the whole page in one.
 * Immutable.
 */
public record PageText(@Nullable String title, List<String> headings, String text, List<Link> links) {
  private static final int MAX_LINKS = 2000;
  private static final int MAX_HEADINGS = 50;
  private static final String CHROME =
      "nav, footer, aside, [role=navigation], [role=contentinfo], [role=complementary]";
  private static final String NOISE =
      "script, style, noscript, template, svg, iframe, object, embed, select, button, textarea";

  public PageText {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
  }

  /**
   * A link on a page.
   *
   * @param target the absolute URL, fragment removed
   * @param text the anchor text, or its title, aria-label or image alt text
   * @param inChrome whether the link sits in navigation, a banner or a footer
   */
  public record Link(URI target, String text, boolean inChrome) {}

  public static PageText ofPlainText(String text) {
    return new PageText(null, List.of(), tidy(text), List.of());
  }

  public static PageText ofHtml(String html, URI base) {
    Document doc = Jsoup.parse(html, base.toString());
    String title = doc.title().strip();
    List<String> headings = new ArrayList<>();
    for (Element h : doc.select("h1, h2, h3")) {
      String t = h.text().strip();
      if (!t.isEmpty() && headings.size() < MAX_HEADINGS) {
        headings.add(t);
      }
    }
    if (title.isEmpty()) {
      title = headings.isEmpty() ? "" : headings.get(0);
    }
    List<Link> links = links(doc);

    doc.select(NOISE).remove();
    Element root = doc.selectFirst("main, [role=main]");
    if (root == null) {
      Elements articles = doc.select("article");
      root = articles.size() == 1 ? articles.first() : doc.body();
    }
    String text = "";
    if (root != null) {
      Element content = root.clone();
      content.select(CHROME).remove();
      for (Element header : content.select("header, [role=banner]")) {
        if (header.closest("main, article, [role=main]") == null) {
          header.remove();
        }
      }
      text = blocks(content);
      if (text.isEmpty()) {
        text = blocks(root);
      }
    }
    return new PageText(title.isEmpty() ? null : title, headings, text, links);
  }

  private static List<Link> links(Document doc) {
    List<Link> links = new ArrayList<>();
    for (Element a : doc.select("a[href], area[href]")) {
      if (links.size() >= MAX_LINKS) {
        break;
      }
      String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
      if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:")
          || href.startsWith("tel:") || href.startsWith("javascript:") || href.startsWith("sms:")
          || href.startsWith("data:")) {
        continue;
      }
      String abs = a.absUrl("href");
      if (abs.isEmpty() || abs.length() > PlatformFetcher.MAX_URL_LENGTH) {
        continue;
      }
      URI target;
      try {
        target = new URI(abs.contains("#") ? abs.substring(0, abs.indexOf('#')) : abs);
      } catch (URISyntaxException e) {
        continue;
      }
      String text = a.text().strip();
      if (text.isEmpty()) {
        Element img = a.selectFirst("img[alt]");
        text = firstNonBlank(a.attr("title"), a.attr("aria-label"), img == null ? "" : img.attr("alt"));
      }
      boolean chrome = a.closest(CHROME + ", header, [role=banner]") != null;
      links.add(new Link(target, text, chrome));
    }
    return links;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  /** The element's text by the project's one set of HTML-to-text rules. */
  private static String blocks(Element root) {
    return HtmlToText.text(root);
  }

  /** Collapses spaces within lines, trims lines, keeps at most one blank line between blocks. */
  public static String tidy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (String line : text.split("\\R", -1)) {
      String l = line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f]+", " ").strip();
      if (l.isEmpty()) {
        blank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(l);
      blank = false;
    }
    return out.toString();
  }
}
