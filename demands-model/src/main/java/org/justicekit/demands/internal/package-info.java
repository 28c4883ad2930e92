/**
 * Implementation shared by the scorer and the officials client; not API. Exported only to
 * {@code org.justicekit.scoring} and {@code org.justicekit.officials}.
 */
@NullMarked
package org.justicekit.demands.internal;

import org.jspecify.annotations.NullMarked;
