/**
 * The Open States import: reads a checkout of the Open States people data (YAML) into mayors and
 * an {@link org.justicekit.officials.OfficialsProvider}.
 */
@NullMarked
package org.justicekit.officials.openstates;

import org.jspecify.annotations.NullMarked;
