package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

final class PageTextTest {
  private static final URI BASE = URI.create("https://da.example.gov/issues/");

  @Test
  void ofHtml_wholePageInAspNetForm_keepsContent() {
    PageText page = PageText.ofHtml("<html><body><form id=form1 action=/x>"
        + "<nav><a href=/>Home</a></nav><div id=content><h1>Priorities</h1>"
        + "<p>We will publish charging data.</p><input name=q><button>Search</button></div>"
        + "</form></body></html>", BASE);

    assertThat(page.text()).isEqualTo("Priorities\n\nWe will publish charging data.");
    assertThat(page.title()).isEqualTo("Priorities");
  }

  @Test
  void ofHtml_links_absoluteWithoutFragmentsAndMarkedWhenInNavigation() {
    PageText page = PageText.ofHtml("<nav><a href='../about#team'>About</a></nav>"
        + "<main><a href='bail'><img alt='Bail reform'></a> <a href='#top'>Top</a>"
        + " <a href='mailto:a@b.c'>Mail</a> <a href='JavaScript:go()'>Go</a></main>", BASE);

    assertThat(page.links()).containsExactly(
        new PageText.Link(URI.create("https://da.example.gov/about"), "About", true),
        new PageText.Link(URI.create("https://da.example.gov/issues/bail"), "Bail reform", false));
  }

  @Test
  void ofHtml_malformedMarkup_readableTextWithoutScripts() {
    PageText page = PageText.ofHtml("<p>Unclosed <b>bold <script>alert(1)</script><p>Next"
        + "<style>p{}</style><div>Block</div>", BASE);

    assertThat(page.text()).isEqualTo("Unclosed bold\n\nNext\n\nBlock");
    assertThat(page.title()).isNull();
  }
}
