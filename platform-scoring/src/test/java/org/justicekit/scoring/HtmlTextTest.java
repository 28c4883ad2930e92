package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;

final class HtmlTextTest {
  private static final String ASP_NET_PAGE = "<!DOCTYPE html><html><body>"
      + "<form method=post action=./Priorities.aspx id=form1>"
      + "<input type=hidden name=__VIEWSTATE value=dDw>"
      + "<div class=page><h1>Priorities</h1><p>Our office will not ask for cash bail.</p>"
      + "<button type=submit>Go</button></div></form></body></html>";

  @Test
  void issue10_contentInsideForm_kept() {
    assertThat(HtmlText.extract(ASP_NET_PAGE))
        .isEqualTo("Priorities\n\nOur office will not ask for cash bail.");
  }

  @Test
  void issue10_contentInsideForm_scored() {
    assertThat(PlatformScorer.create().score(OfficeType.PROSECUTOR, ASP_NET_PAGE)
        .assessment("end-money-bail").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void extract_headingsAndParagraphs_eachEndsASentence() {
    String text = HtmlText.extract("<h2>Cash Bail</h2><p>It ends now</p><ul><li>One"
        + "<li>Two</ul>");

    SentenceSplitter splitter = new SentenceSplitter(text, 1000);
    int sentences = 0;
    while (splitter.next()) {
      sentences++;
    }
    assertThat(sentences).isEqualTo(4);
  }

  @Test
  void looksLikeHtml_markupOrText_detected() {
    assertThat(HtmlText.looksLikeHtml(ASP_NET_PAGE)).isTrue();
    assertThat(HtmlText.looksLikeHtml("I will end cash bail.")).isFalse();
  }
}
