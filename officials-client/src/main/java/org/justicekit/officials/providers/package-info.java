/**
 * The providers behind {@link org.justicekit.officials.OfficialsProvider}: the offline {@link
 * org.justicekit.officials.providers.EmbeddedDirectory} (the default) and the HTTP providers for
 * the US Census geocoder, Google Civic {@code divisionsByAddress}, Cicero and BallotReady. Each is
 * built once and shared; their transport lives in the unexported {@code internal.http} package.
 */
@NullMarked
package org.justicekit.officials.providers;

import org.jspecify.annotations.NullMarked;
