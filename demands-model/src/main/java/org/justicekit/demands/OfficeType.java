package org.justicekit.demands;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of public office a demand is made of: {@link #MAYOR}, {@link #PROSECUTOR}, or a
 * custom office that a campaign's own catalog declares (for example {@code SHERIFF}).
 *
 * <p>An open set of values rather than a Java enum, so that custom catalogs can add offices:
 * compare with {@code equals} (or {@code ==} for the two built-in constants, which {@link
 * #of(String)} always returns for their names). Names are upper case ASCII letters, digits and
 * underscores. Instances are immutable and safe to share.
 */
public final class OfficeType implements Comparable<OfficeType> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** The mayor, who appoints the police chief and sets conduct standards. */
  public static final OfficeType MAYOR = new OfficeType("MAYOR");

  /**
   * The local prosecutor (District Attorney, State's Attorney, County Attorney...), who decides
   * what to charge, offers pleas, takes bail positions and investigates police.
   */
  public static final OfficeType PROSECUTOR = new OfficeType("PROSECUTOR");

  private final String name;

  private OfficeType(String name) {
    this.name = name;
  }

  /**
   * Returns the office type with this name. Case and surrounding spaces are ignored, and
   * hyphens or spaces become underscores, so {@code "mayor"} gives {@link #MAYOR}.
   *
   * @throws IllegalArgumentException if the name is blank or has characters outside
   *     {@code A-Z 0-9 _}
   */
  @JsonCreator
  public static OfficeType of(String name) {
    Objects.requireNonNull(name, "name");
    String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (normal.equals(MAYOR.name)) {
      return MAYOR;
    }
    if (normal.equals(PROSECUTOR.name)) {
      return PROSECUTOR;
    }
    if (!NAME.matcher(normal).matches()) {
      throw new IllegalArgumentException(
          "office type '" + name + "' is not valid: use letters, digits and underscores, "
              + "starting with a letter (e.g. MAYOR, PROSECUTOR, SHERIFF)");
    }
    return new OfficeType(normal);
  }

  /** Whether this is one of the two built-in office types. */
  public boolean isBuiltIn() {
    return this == MAYOR || this == PROSECUTOR;
  }

  /** The upper-case name, e.g. {@code PROSECUTOR}; also the JSON form. */
  @JsonValue
  public String name() {
    return name;
  }

  @Override
  public int compareTo(OfficeType other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficeType other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
