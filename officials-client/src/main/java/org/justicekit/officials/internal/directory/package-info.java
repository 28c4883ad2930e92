/**
 * Not API. The embedded directory's data: its JSON form, place and ZIP tables, OCD names and office
 * titles, shared by the providers.
 */
@NullMarked
package org.justicekit.officials.internal.directory;

import org.jspecify.annotations.NullMarked;
