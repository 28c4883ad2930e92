/** JusticeKit officials API. Nothing here is null unless marked {@code @Nullable}. */
@NullMarked
package org.justicekit.officials;

import org.jspecify.annotations.NullMarked;
