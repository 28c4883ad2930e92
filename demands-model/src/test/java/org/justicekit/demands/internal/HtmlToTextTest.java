package org.justicekit.demands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class HtmlToTextTest {
  @Test
  void extract_wholePageInAspNetForm_keepsContentDropsControls() {
    String html = "<html><head><title>DA</title></head><body><form id=form1 method=post>"
        + "<input type=hidden name=__VIEWSTATE value=abc><h1>Priorities</h1>"
        + "<p>We will not ask for cash bail.</p><label>Search</label><input name=q>"
        + "<button>Go</button><select><option>English</option></select></form></body></html>";

    assertThat(HtmlToText.extract(html))
        .isEqualTo("Priorities\n\nWe will not ask for cash bail.\n\nSearch");
  }

  @Test
  void extract_chromeScriptsHidden_dropped() {
    String html = "<nav><a href=/>Home</a></nav><div role=navigation>Menu</div>"
        + "<script>var bail = 1;</script><style>p{}</style><p hidden>Old plan</p>"
        + "<p aria-hidden=true>Icon</p><main><p>End cash bail.</p></main>"
        + "<footer>Paid for by the committee</footer>";

    assertThat(HtmlToText.extract(html)).isEqualTo("End cash bail.");
  }

  @Test
  void extract_blocksAndSpaces_blankLineBetweenBlocksSpacesCollapsed() {
    String html = "<h2>Bail</h2><ul><li>End\u00a0\u00a0cash   bail</li><li>No\u202fbonds</li></ul>"
        + "<p>One<br>Two</p><table><tr><td>2024</td><td>1,200</td></tr></table>";

    assertThat(HtmlToText.extract(html))
        .isEqualTo("Bail\n\nEnd cash bail\n\nNo bonds\n\nOne\n\nTwo\n\n2024\n\n1,200");
  }

  @Test
  void text_element_onlyThatPart() {
    var doc = Jsoup.parse("<header>Banner</header><article><p>Keep kids out of adult jail."
        + "</p></article>");

    assertThat(HtmlToText.text(doc.selectFirst("article")))
        .isEqualTo("Keep kids out of adult jail.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<!DOCTYPE html><html><body>x</body></html>|true",
      "  <p>End cash bail.</p>|true",
      "\uFEFF<div>x</div>|true",
      "<b>bold</b> only|false",
      "End cash bail. <p> is a tag.|false",
      "3 < 4 and <br is odd|false"})
  void looksLikeHtml_text_detectsMarkupAtStart(String text, boolean html) {
    assertThat(HtmlToText.looksLikeHtml(text)).isEqualTo(html);
  }
}
