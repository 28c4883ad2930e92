package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LinkRankerTest {
  @ParameterizedTest
  @CsvSource({
      "Issues, /issues",
      "On the Issues, /on-the-issues",
      "My Platform, /platform",
      "Priorities, /our-priorities",
      "The Plan, /plan",
      "Where I Stand, /where-i-stand",
      "Policy, /policy",
      "Agenda, /agenda",
      "Learn more, /issues/bail",
      "Criminal justice reform, /justice-reform"})
  void scoreLink_positionPages_atLeastThreshold(String text, String path) {
    assertThat(LinkRanker.scoreLink(text, URI.create("https://x.org" + path)))
        .isGreaterThanOrEqualTo(SiteCrawler.THRESHOLD);
  }

  @ParameterizedTest
  @CsvSource({
      "Donate, /donate",
      "Chip in, /donate?amount=5",
      "Volunteer, /volunteer",
      "Contact, /contact",
      "Contact Us, /reach-out",
      "Latest News, /news",
      "Blog, /blog/",
      "Events, /events",
      "Privacy Policy, /privacy-policy",
      "Shop, /store",
      "Get Involved, /join",
      "Our issues platform, /wp-content/uploads/platform.pdf",
      "Issues, /issues/photo.jpg"})
  void scoreLink_excludedPages_excluded(String text, String path) {
    assertThat(LinkRanker.scoreLink(text, URI.create("https://x.org" + path)))
        .isEqualTo(LinkRanker.EXCLUDED);
  }

  @Test
  void scoreLink_strongerWordsRankHigher() {
    int issues = LinkRanker.scoreLink("Issues", URI.create("https://x.org/issues"));
    int about = LinkRanker.scoreLink("About Jane", URI.create("https://x.org/about"));

    assertThat(issues).isGreaterThan(about);
    assertThat(about).isLessThan(SiteCrawler.THRESHOLD);
  }

  @Test
  void scorePage_donateHeading_excluded() {
    assertThat(LinkRanker.scorePage("Jane Doe", List.of("Donate today", "Issues")))
        .isEqualTo(LinkRanker.EXCLUDED);
    assertThat(LinkRanker.scorePage("Jane Doe | Issues", List.of("On the Issues")))
        .isPositive();
  }
}
