/**
 * The Open States import (artifact {@code officials-openstates}): {@link
 * org.justicekit.officials.openstates.OpenStatesImport} reads a local checkout of the CC0 Open
 * States people data ({@code data/<st>/municipalities/*.yml}) into {@link
 * org.justicekit.officials.openstates.OpenStatesMayors}: the latest mayoral term per place, as
 * directory JSON or as an {@link org.justicekit.officials.OfficialsProvider}. Malformed files are
 * skipped with a warning; a checkout that cannot be read at all throws {@link
 * org.justicekit.officials.openstates.OpenStatesCheckoutException}.
 *
 * <p>It lives apart from {@code officials-client} (which it depends on) so that the client
 * carries no YAML parser. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.justicekit.officials.openstates;

import org.jspecify.annotations.NullMarked;
