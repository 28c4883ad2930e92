/**
 * The shared vocabulary of JusticeKit: {@link org.justicekit.demands.OfficeType office
 * types}, {@link org.justicekit.demands.Demand demands} and their
 * {@link org.justicekit.demands.DemandCatalog catalog}, {@link org.justicekit.demands.Stance
 * stances} and scoring results, and the place types (jurisdictions, offices, officials,
 * platform documents) that the officials client fills.
 *
 * <p>Every value type is an immutable record that validates its arguments and is safe to
 * share between threads. Every type round-trips through JSON with {@link
 * org.justicekit.demands.ModelJson}. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.justicekit.demands;

import org.jspecify.annotations.NullMarked;
