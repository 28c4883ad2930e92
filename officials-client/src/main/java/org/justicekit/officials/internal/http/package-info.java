/**
 * Not API. The HTTP layer shared by every provider: transport with retries and backoff, rate
 * limit, response cache, the clock seam, capped bodies and text decoding.
 */
@NullMarked
package org.justicekit.officials.internal.http;

import org.jspecify.annotations.NullMarked;
