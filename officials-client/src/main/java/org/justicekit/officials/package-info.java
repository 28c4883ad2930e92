/**
 * The officials client API: {@link org.justicekit.officials.OfficialsClient} (place to offices and
 * officials), its service-provider interface {@link org.justicekit.officials.OfficialsProvider},
 * the queries ({@link org.justicekit.officials.PlaceQuery}), the results ({@link
 * org.justicekit.officials.PlaceLookup}, {@link org.justicekit.officials.OfficeHolding}, {@link
 * org.justicekit.officials.Place}) and the one exception family rooted at {@link
 * org.justicekit.officials.OfficialsException}.
 *
 * <p>Where the rest lives: the providers (embedded directory, Census, Google Civic, Cicero,
 * BallotReady) in {@code org.justicekit.officials.providers}; the platform-page fetcher in {@code
 * org.justicekit.officials.platform}; the Open States import in {@code
 * org.justicekit.officials.openstates}. Unexported implementation: HTTP transport in {@code
 * internal.http}, crawling and the SSRF guard in {@code internal.crawl}, directory data in {@code
 * internal.directory}. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.justicekit.officials;

import org.jspecify.annotations.NullMarked;
