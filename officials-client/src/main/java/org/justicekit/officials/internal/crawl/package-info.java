/**
 * Not API. The platform-page crawler behind the fetcher: address policy (SSRF guard), robots.txt,
 * page download with size and redirect limits, page text and link ranking.
 */
@NullMarked
package org.justicekit.officials.internal.crawl;

import org.jspecify.annotations.NullMarked;
