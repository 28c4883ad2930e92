package org.justicekit.officials.internal.crawl;

import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.platform.PlatformPages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.PlatformDocument;

/**
 * One shallow, same-site crawl from a home page to its issues pages: ranks the home page's links,
 * fetches the best (an issues index, say), then the content links of those pages, up to a depth
 * and a page budget. Not thread-safe: one instance per crawl.
 */
public final class SiteCrawler {
  private static final System.Logger LOG = System.getLogger(SiteCrawler.class.getName());
  /** The least score a link needs to be fetched. */
  public static final int THRESHOLD = 3;
  /** What a content (non-navigation) link on an issues page earns. */
  private static final int CONTENT_LINK = 3;
  /** What a link under the linking page's path earns (an issue under an issues index). */
  private static final int CHILD_LINK = 3;

  private final PageDownloader downloader;
  private final int maxPages;
  private final int maxDepth;
  private final List<PlatformDocument> documents = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<URI> seen = new HashSet<>();
  private final Set<String> textHashes = new HashSet<>();
  private final PriorityQueue<Candidate> frontier = new PriorityQueue<>(
      Comparator.comparingInt(Candidate::depth)
          .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
          .thenComparingInt(Candidate::order));
  private int order;
  private String siteKey = "";

  private record Candidate(URI uri, int depth, int score, int order) {}

  private final Duration deadline;
  private long deadlineNanos = Long.MAX_VALUE;

  /**
   * A crawler for one site.
   *
   * @param deadline the time the whole crawl may take (issue 11: 20 trickling pages, each within
   *     its own timeout, must not add up to minutes); pages not fetched by then are left out
   */
  public SiteCrawler(PageDownloader downloader, int maxPages, int maxDepth, Duration deadline) {
    this.downloader = downloader;
    this.maxPages = maxPages;
    this.maxDepth = maxDepth;
    this.deadline = deadline;
  }

  public PlatformPages crawl(URI site) {
    URI start = AddressPolicy.checkUrl(site);
    long now = downloader.time().nanoTime();
    deadlineNanos = deadline.toNanos() >= Long.MAX_VALUE - now ? Long.MAX_VALUE - 1
        : now + deadline.toNanos();
    PageDownloader.Page home = downloader.fetchPage(start, deadlineNanos);
    siteKey = siteKey(home.uri());
    seen.add(start);
    seen.add(home.uri());
    PageText homeText = read(home);
    textHashes.add(hash(homeText.text()));
    int fetched = 1;
    if (maxDepth > 0) {
      enqueue(homeText.links(), 1, null);
    }
    while (!frontier.isEmpty() && fetched < maxPages) {
      if (downloader.time().nanoTime() - deadlineNanos >= 0) {
        notes.add("the crawl stopped at its deadline of " + deadline.toMillis() + " ms; "
            + frontier.size() + " candidate pages were not fetched");
        frontier.clear();
        break;
      }
      Candidate next = frontier.poll();
      fetched++;
      visit(next);
    }
    if (!frontier.isEmpty()) {
      notes.add(frontier.size() + " more candidate pages were not fetched: the limit of "
          + maxPages + " pages was reached");
    }
    if (documents.isEmpty()) {
      documents.add(document(home, homeText));
      notes.add("no issues or platform pages were found; the home page is returned instead");
    }
    return new PlatformPages(home.uri(), documents, notes);
  }

  private void visit(Candidate candidate) {
    PageDownloader.Page page;
    try {
      page = downloader.fetchPage(candidate.uri(), deadlineNanos);
    } catch (OfficialsException e) {
      LOG.log(System.Logger.Level.DEBUG, "skipped {0}: {1}", candidate.uri(), e.getMessage());
      notes.add("skipped " + candidate.uri() + ": " + e.getMessage());
      return;
    }
    URI uri = page.uri();
    if (!uri.equals(candidate.uri())) {
      if (!siteKey(uri).equals(siteKey)) {
        notes.add("skipped " + candidate.uri() + ": it redirects off the site, to " + uri);
        return;
      }
      if (!seen.add(uri)) {
        return; // redirected to a page already fetched or queued
      }
    }
    PageText text = read(page);
    if (LinkRanker.scorePage(text.title(), text.headings()) == LinkRanker.EXCLUDED) {
      notes.add("skipped " + uri + ": its heading marks it as a donation, contact, news or "
          + "similar page");
      return;
    }
    if (text.text().isBlank()) {
      notes.add("skipped " + uri + ": it has no readable text");
      return;
    }
    if (!textHashes.add(hash(text.text()))) {
      notes.add("skipped " + uri + ": same text as a page already read");
      return;
    }
    documents.add(document(page, text));
    if (candidate.depth() < maxDepth) {
      enqueue(text.links(), candidate.depth() + 1, uri.getRawPath());
    }
  }

  private void enqueue(List<PageText.Link> links, int depth, @Nullable String parentPath) {
    for (PageText.Link link : links) {
      URI target;
      try {
        target = AddressPolicy.checkUrl(link.target());
      } catch (FetchRefusedException e) {
        continue; // ftp:, malformed and similar links are simply not followed
      }
      if (!siteKey(target).equals(siteKey) || seen.contains(target)) {
        continue;
      }
      int score = LinkRanker.scoreLink(link.text(), target);
      if (score == LinkRanker.EXCLUDED) {
        if (LinkRanker.isPdf(target) && LinkRanker.scoreText(link.text()) >= THRESHOLD
            && seen.add(target)) {
          notes.add("not read: " + target + " (\"" + AddressPolicy.shorten(link.text())
              + "\") is a PDF; PDF platforms are not read yet");
        }
        continue;
      }
      if (parentPath != null && !link.inChrome()) {
        score += CONTENT_LINK;
        if (isUnder(target.getRawPath(), parentPath)) {
          score += CHILD_LINK;
        }
      }
      if (score >= THRESHOLD) {
        seen.add(target);
        frontier.add(new Candidate(target, depth, score, order++));
      }
    }
  }

  private static boolean isUnder(String path, String parent) {
    String base = parent.endsWith("/") ? parent : parent + "/";
    return !parent.equals("/") && path.startsWith(base) && path.length() > base.length();
  }

  private static PageText read(PageDownloader.Page page) {
    return page.html() ? PageText.ofHtml(page.text(), page.uri()) : PageText.ofPlainText(page.text());
  }

  public static PlatformDocument document(PageDownloader.Page page, PageText text) {
    return new PlatformDocument(text.text(), PlatformDocument.ContentType.TEXT, page.uri(),
        text.title(), page.retrievedAt());
  }

  /** The host without a leading {@code www.}, and any non-default port. */
  public static String siteKey(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
  }

  private static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      return HexFormat.of().formatHex(digest.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
