/**
 * The platform-page fetcher: {@link org.justicekit.officials.platform.PlatformFetcher} finds an
 * official's issues pages from their website and returns their text. The SSRF guard, robots.txt,
 * crawling and page decoding live in the unexported {@code internal.crawl} package.
 */
@NullMarked
package org.justicekit.officials.platform;

import org.jspecify.annotations.NullMarked;
