/** JusticeKit scoring API. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package org.justicekit.scoring;

import org.jspecify.annotations.NullMarked;
