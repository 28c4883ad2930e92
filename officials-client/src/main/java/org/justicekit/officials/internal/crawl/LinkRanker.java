package org.justicekit.officials.internal.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores links and pages by how likely they state positions: words such as issues, platform,
 * priorities, agenda, policies, plan, reform in the link text, the URL path and the page's
 * headings. Links to donation, volunteer, contact, news and blog listings, events, privacy,
 * shop and account pages, and to files that are not pages, are excluded. Stateless.
 */
public final class LinkRanker {
  /** Marks a link or page that must not be fetched or kept. */
  public static final int EXCLUDED = Integer.MIN_VALUE;

  /** Phrases (space-separated words) and their weights. */
  private static final Map<String, Integer> POSITIVE = Map.ofEntries(
      Map.entry("issues", 4), Map.entry("issue", 3), Map.entry("on the issues", 2),
      Map.entry("platform", 4), Map.entry("priorities", 4), Map.entry("priority", 3),
      Map.entry("agenda", 4), Map.entry("policies", 4), Map.entry("policy", 3),
      Map.entry("positions", 4), Map.entry("position", 2), Map.entry("plan", 3),
      Map.entry("plans", 3), Map.entry("where i stand", 4), Map.entry("stand for", 3),
      Map.entry("vision", 2), Map.entry("reform", 3), Map.entry("reforms", 3),
      Map.entry("commitments", 3), Map.entry("values", 1), Map.entry("justice", 1),
      Map.entry("public safety", 2), Map.entry("safety", 1), Map.entry("bail", 1),
      Map.entry("policing", 1), Map.entry("police", 1), Map.entry("accountability", 1),
      Map.entry("transparency", 1), Map.entry("solutions", 1), Map.entry("accomplishments", 1));

  private static final Set<String> EXCLUDED_WORDS = Set.of(
      "donate", "donation", "donations", "contribute", "contribution", "volunteer", "volunteers",
      "contact", "news", "blog", "blogs", "press", "newsroom", "media", "events", "event",
      "calendar", "privacy", "terms", "shop", "store", "merch", "cart", "checkout", "login",
      "signin", "logout", "account", "subscribe", "newsletter", "careers", "jobs", "endorsements",
      "rsvp", "tickets", "gallery", "photos", "videos", "cookies", "sitemap", "search", "feed",
      "rss", "tag", "tags", "category", "author", "wp", "admin", "actblue", "winred");

  private static final List<String> EXCLUDED_PHRASES = List.of(
      "get involved", "sign up", "join us", "contact us", "paid for by");

  private static final Set<String> FILE_EXTENSIONS = Set.of(
      "pdf", "jpg", "jpeg", "png", "gif", "svg", "webp", "ico", "zip", "gz", "doc", "docx", "xls",
      "xlsx", "ppt", "pptx", "mp3", "mp4", "mov", "avi", "ics", "css", "js", "xml", "json");

  private LinkRanker() {}

  /** The score of a link, or {@link #EXCLUDED}. */
  public static int scoreLink(String text, URI target) {
    String path = target.getPath() == null ? "" : target.getPath().toLowerCase(Locale.ROOT);
    if (isFile(path)) {
      return EXCLUDED;
    }
    String textWords = words(text);
    String pathWords = words(path);
    if (isExcluded(textWords) || isExcluded(pathWords)) {
      return EXCLUDED;
    }
    return Math.min(score(textWords) + score(pathWords), 20);
  }

  /** The keyword score of a text alone. */
  public static int scoreText(String text) {
    return score(words(text));
  }

  /** Whether the link points at a PDF (noted, since PDF reading may come later). */
  public static boolean isPdf(URI target) {
    String path = target.getPath();
    return path != null && path.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /** The score of a fetched page by its title and headings, or {@link #EXCLUDED}. */
  public static int scorePage(@Nullable String title, List<String> headings) {
    String main = words(headings.isEmpty() ? (title == null ? "" : title) : headings.get(0));
    if (isExcluded(main)) {
      return EXCLUDED;
    }
    int total = score(words(title == null ? "" : title));
    for (String h : headings) {
      total += Math.min(score(words(h)), 4);
    }
    return Math.min(total, 20);
  }

  /** Lower-case words separated and surrounded by single spaces. */
  public static String words(String text) {
    StringBuilder out = new StringBuilder(" ");
    boolean space = true;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length() && out.length() < 400; i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    if (!space) {
      out.append(' ');
    }
    return out.toString();
  }

  private static int score(String words) {
    int total = 0;
    for (Map.Entry<String, Integer> e : POSITIVE.entrySet()) {
      if (words.contains(" " + e.getKey() + " ")) {
        total += e.getValue();
      }
    }
    return total;
  }

  private static boolean isExcluded(String words) {
    for (String phrase : EXCLUDED_PHRASES) {
      if (words.contains(" " + phrase + " ")) {
        return true;
      }
    }
    for (String word : words.strip().split(" ")) {
      if (EXCLUDED_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFile(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash && FILE_EXTENSIONS.contains(path.substring(dot + 1));
  }
}
