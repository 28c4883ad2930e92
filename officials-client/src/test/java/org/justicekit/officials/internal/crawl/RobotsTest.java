package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RobotsTest {
  private static final String ROBOTS = """
      # comments and blank lines are ignored
      User-agent: Googlebot
      Disallow: /

      User-agent: *
      Disallow: /private/
      Allow: /private/public-page
      Disallow: /*.php$
      Disallow: /search?*q=
      Disallow: /caf%c3%a9
      Crawl-delay: 2.5
      Sitemap: https://example.org/sitemap.xml
      """;

  @ParameterizedTest
  @CsvSource({
      "/, true",
      "/issues, true",
      "/private/, false",
      "/private/notes, false",
      "/private/public-page, true",
      "/private/public-page/more, true",
      "/index.php, false",
      "/index.php?x=1, true",
      "/index.phpx, true",
      "/search?q=bail, false",
      "/search?lang=en&q=bail, false",
      "/search, true",
      "/caf%C3%A9, false",
      "/robots.txt, true"})
  void allows_starGroup_longestMatchWins(String path, boolean allowed) {
    assertThat(Robots.parse(ROBOTS, "JusticeKit").allows(path)).isEqualTo(allowed);
  }

  @Test
  void parse_ownGroupCaseInsensitive_replacesStarGroup() {
    Robots robots = Robots.parse("""
        User-agent: *
        Disallow: /

        User-agent: JUSTICEKIT/2.0
        User-agent: otherbot
        Disallow: /drafts
        """, "JusticeKit");

    assertThat(robots.allows("/issues")).isTrue();
    assertThat(robots.allows("/drafts/1")).isFalse();
  }

  @Test
  void parse_groupsForSameAgent_combined() {
    Robots robots = Robots.parse("""
        User-agent: justicekit
        Disallow: /a

        User-agent: justicekit
        Disallow: /b
        """, "JusticeKit");

    assertThat(robots.allows("/a")).isFalse();
    assertThat(robots.allows("/b")).isFalse();
    assertThat(robots.allows("/c")).isTrue();
  }

  @Test
  void allows_equalLengthAllowAndDisallow_allowWins() {
    Robots robots = Robots.parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "JusticeKit");

    assertThat(robots.allows("/page")).isTrue();
  }

  @Test
  void parse_emptyDisallow_allowsEverything() {
    assertThat(Robots.parse("User-agent: *\nDisallow:\n", "JusticeKit").allows("/x")).isTrue();
  }

  @Test
  void parse_rulesBeforeAnyUserAgent_ignored() {
    assertThat(Robots.parse("Disallow: /\n", "JusticeKit").allows("/x")).isTrue();
  }

  @Test
  void parse_garbageOrBinary_allowsEverythingWithoutError() {
    Robots robots = Robots.parse("<html>\u0000\u0001 not robots \uFFFD::\n:::\n", "JusticeKit");

    assertThat(robots.allows("/anything")).isTrue();
    assertThat(robots.crawlDelay()).isNull();
  }

  @Test
  void crawlDelay_fromChosenGroup() {
    assertThat(Robots.parse(ROBOTS, "JusticeKit").crawlDelay()).isEqualTo(Duration.ofMillis(2500));
  }

  @ParameterizedTest
  @CsvSource({
      "/a*b*c, /axxbyyc, true",
      "/a*b*c, /axxbyy, false",
      "*, /anything, true",
      "/x$, /x, true",
      "/x$, /xy, false",
      "/*/end$, /one/two/end, true"})
  void matches_wildcards(String pattern, String path, boolean expected) {
    assertThat(Robots.matches(pattern, path)).isEqualTo(expected);
  }

  @Test
  void matches_pathologicalPattern_finishesQuickly() {
    String pattern = "/" + "*a".repeat(200) + "b";
    String path = "/" + "a".repeat(2000);

    assertThat(Robots.matches(pattern, path)).isFalse();
  }
}
