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
 * org.justicekit.officials.platform}; the Open States import in its own artifact, {@code
 * officials-openstates}. Here too: {@link org.justicekit.officials.HttpSettings}, the one HTTP
 * settings object every provider takes, and {@link org.justicekit.officials.TimeSource}, the one
 * clock seam. Unexported implementation: HTTP transport, capped bodies and text decoding in
 * {@code internal.http}; crawling, the SSRF guard and the pinned connections in {@code
 * internal.crawl}; directory data in {@code internal.directory}. Nothing here is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.justicekit.officials;

import org.jspecify.annotations.NullMarked;
