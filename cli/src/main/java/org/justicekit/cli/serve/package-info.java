/**
 * {@code justicekit serve}: the scorer and the officials directory as a local HTTP JSON service,
 * on the JDK's built-in HTTP server. {@link org.justicekit.cli.serve.ApiServer} is the entry
 * point; the endpoints are described by the OpenAPI document it serves at {@code /openapi.json}.
 */
@NullMarked
package org.justicekit.cli.serve;

import org.jspecify.annotations.NullMarked;
