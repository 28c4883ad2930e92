package org.justicekit.officials.internal.crawl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one robots.txt (RFC 9309) that apply to one product token: the groups naming the
 * token (case-insensitive), else the {@code *} groups, else none. Allow and Disallow rules
 * support {@code *} and a trailing {@code $}; the longest matching rule wins and Allow wins a
 * tie. Immutable and thread-safe.
 */
public final class Robots {
  public static final Robots ALLOW_ALL = new Robots(List.of(), null, null);

  /** Patterns longer than this are ignored (hostile input); RFC 9309 asks for 500 KiB files. */
  private static final int MAX_PATTERN = 2048;

  private final List<Rule> rules;
  private final @Nullable Duration crawlDelay;
  private final @Nullable String unreachable;

  private Robots(List<Rule> rules, @Nullable Duration crawlDelay, @Nullable String unreachable) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
    this.unreachable = unreachable;
  }

  /** Rules that disallow everything because robots.txt could not be read, saying why. */
  public static Robots unreachable(String why) {
    return new Robots(List.of(new Rule("/", false)), null, why);
  }

  /** Why everything is disallowed, if robots.txt could not be read; else null. */
  @Nullable String unreachable() {
    return unreachable;
  }

  public record Rule(String pattern, boolean allow) {}

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    @Nullable Duration crawlDelay;
  }

  /** Parses a robots.txt for the given product token, e.g. {@code JusticeKit}. */
  public static Robots parse(String text, String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean inRules = false;
    for (String rawLine : text.split("\\R", -1)) {
      int hash = rawLine.indexOf('#');
      String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (current == null || inRules) {
            current = new Group();
            groups.add(current);
            inRules = false;
          }
          current.agents.add(value.toLowerCase(Locale.ROOT));
        }
        case "allow", "disallow" -> {
          if (current != null) {
            inRules = true;
            if (!value.isEmpty() && value.length() <= MAX_PATTERN) {
              current.rules.add(new Rule(normalise(value), key.equals("allow")));
            }
          }
        }
        case "crawl-delay" -> {
          if (current != null) {
            inRules = true;
            current.crawlDelay = parseDelay(value);
          }
        }
        default -> { } // sitemap and unknown lines neither start nor end a group
      }
    }
    List<Group> chosen = groups.stream()
        .filter(g -> g.agents.stream().anyMatch(a -> agentToken(a).equals(token)))
        .toList();
    if (chosen.isEmpty()) {
      chosen = groups.stream().filter(g -> g.agents.contains("*")).toList();
    }
    List<Rule> rules = new ArrayList<>();
    Duration delay = null;
    for (Group g : chosen) {
      rules.addAll(g.rules);
      if (g.crawlDelay != null && (delay == null || g.crawlDelay.compareTo(delay) > 0)) {
        delay = g.crawlDelay;
      }
    }
    return new Robots(rules, delay, null);
  }

  /** Whether the path (with its query, as sent) may be fetched. {@code /robots.txt} always may. */
  boolean allows(String pathAndQuery) {
    if (pathAndQuery.equals("/robots.txt")) {
      return true;
    }
    String path = normalise(pathAndQuery);
    int bestLength = -1;
    boolean allowed = true;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path)) {
        int length = rule.pattern().length();
        if (length > bestLength || (length == bestLength && rule.allow())) {
          bestLength = length;
          allowed = rule.allow();
        }
      }
    }
    return allowed;
  }

  /** The crawl delay the chosen groups ask for, if any (a widespread extension). */
  @Nullable Duration crawlDelay() {
    return crawlDelay;
  }

  /**
   * Whether a rule pattern matches a path: {@code *} matches any run of characters, a trailing
   * {@code $} anchors the end, otherwise the pattern is a prefix. Linear-time in practice, with
   * no backtracking beyond the last star.
   */
  public static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    int pi = 0;
    int si = 0;
    int star = -1;
    int mark = 0;
    while (si < path.length()) {
      if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
        pi++;
        si++;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }

  /** The product token of a user-agent line: the name before any {@code /version}. */
  private static String agentToken(String agent) {
    int end = 0;
    while (end < agent.length()) {
      char c = agent.charAt(end);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '*')) {
        break;
      }
      end++;
    }
    return agent.substring(0, end);
  }

  /** Percent-encodes non-ASCII characters and upper-cases percent escapes, so both sides compare. */
  private static String normalise(String value) {
    StringBuilder out = new StringBuilder(value.length());
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0x80 || b <= 0x20) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b));
      } else if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.append('%').append(Character.toUpperCase((char) bytes[i + 1]))
            .append(Character.toUpperCase((char) bytes[i + 2]));
        i += 2;
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  private static @Nullable Duration parseDelay(String value) {
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds >= 0) || seconds > 86_400) {
        return null;
      }
      return Duration.ofMillis((long) (seconds * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
