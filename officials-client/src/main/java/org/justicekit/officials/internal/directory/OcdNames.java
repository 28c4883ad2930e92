package org.justicekit.officials.internal.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.justicekit.demands.OcdId;

/**
 * Census names and codes to Open Civic Data division ids, the way the OCD generator wrote the
 * US identifiers: state FIPS to postal code; a name's slug lower case, spaces to underscores,
 * periods dropped and apostrophes to {@code ~} ({@code St. Mary's} is {@code st_mary~s});
 * county-equivalents typed {@code county}, {@code parish}, {@code borough} or {@code
 * census_area}; independent cities (Virginia's, Baltimore, St. Louis, Carson City) as {@code
 * place:}; the District of Columbia as {@code district:dc}.
 */
public final class OcdNames {
  public static final OcdId US = OcdId.parse("ocd-division/country:us");
  public static final OcdId DC = OcdId.parse("ocd-division/country:us/district:dc");

  private static final Map<String, String> STATES = Map.ofEntries(
      Map.entry("01", "AL"), Map.entry("02", "AK"), Map.entry("04", "AZ"), Map.entry("05", "AR"),
      Map.entry("06", "CA"), Map.entry("08", "CO"), Map.entry("09", "CT"), Map.entry("10", "DE"),
      Map.entry("11", "DC"), Map.entry("12", "FL"), Map.entry("13", "GA"), Map.entry("15", "HI"),
      Map.entry("16", "ID"), Map.entry("17", "IL"), Map.entry("18", "IN"), Map.entry("19", "IA"),
      Map.entry("20", "KS"), Map.entry("21", "KY"), Map.entry("22", "LA"), Map.entry("23", "ME"),
      Map.entry("24", "MD"), Map.entry("25", "MA"), Map.entry("26", "MI"), Map.entry("27", "MN"),
      Map.entry("28", "MS"), Map.entry("29", "MO"), Map.entry("30", "MT"), Map.entry("31", "NE"),
      Map.entry("32", "NV"), Map.entry("33", "NH"), Map.entry("34", "NJ"), Map.entry("35", "NM"),
      Map.entry("36", "NY"), Map.entry("37", "NC"), Map.entry("38", "ND"), Map.entry("39", "OH"),
      Map.entry("40", "OK"), Map.entry("41", "OR"), Map.entry("42", "PA"), Map.entry("44", "RI"),
      Map.entry("45", "SC"), Map.entry("46", "SD"), Map.entry("47", "TN"), Map.entry("48", "TX"),
      Map.entry("49", "UT"), Map.entry("50", "VT"), Map.entry("51", "VA"), Map.entry("53", "WA"),
      Map.entry("54", "WV"), Map.entry("55", "WI"), Map.entry("56", "WY"), Map.entry("60", "AS"),
      Map.entry("66", "GU"), Map.entry("69", "MP"), Map.entry("72", "PR"), Map.entry("78", "VI"));

  /** New England towns sit directly under the state in OCD, like incorporated places. */
  private static final java.util.Set<String> NEW_ENGLAND = java.util.Set.of("ME", "MA", "VT", "NH", "CT", "RI");

  private static final Pattern LSAD_SUFFIX = Pattern.compile(
      "\\s+(city and borough|city|town|village|borough|township|municipality|CDP|plantation"
          + "|consolidated government|metropolitan government|unified government)(\\s+\\(balance\\))?$");

  private OcdNames() {}

  /** The postal code for a two-digit state FIPS code, if it is one. */
  public static Optional<String> postal(String stateFips) {
    return Optional.ofNullable(STATES.get(stateFips));
  }

  /** The state's (or DC's) division, from a postal code. */
  public static OcdId state(String postal) {
    String p = postal.toLowerCase(Locale.ROOT);
    return p.equals("dc") ? DC : US.child("state", p);
  }

  /** Whether OCD files New England towns of this state directly under the state. */
  public static boolean newEngland(String postal) {
    return NEW_ENGLAND.contains(postal);
  }

  /** The OCD slug of a name, as the OCD generator writes it. */
  public static String slug(String name) {
    return OcdId.slug(name);
  }

  /** A place's name without its legal description, e.g. {@code Chicago city} to {@code Chicago}. */
  public static String baseName(String name) {
    return LSAD_SUFFIX.matcher(name.strip()).replaceFirst("");
  }

  /**
   * Whether a county-equivalent is an independent city, which OCD files as a {@code place}:
   * Virginia's county codes 500 and up, Baltimore (24510), St. Louis (29510), Carson City
   * (32510).
   */
  public static boolean independentCity(String stateFips, String countyFips) {
    String code = stateFips + countyFips;
    return (stateFips.equals("51") && countyFips.compareTo("500") >= 0)
        || code.equals("24510") || code.equals("29510") || code.equals("32510");
  }

  /**
   * The OCD type of a county-equivalent from its Census name: {@code parish}, {@code borough}
   * (Alaska boroughs, cities and boroughs, municipalities), {@code census_area}, else {@code
   * county}.
   */
  public static String countyType(String fullName) {
    String n = fullName.toLowerCase(Locale.ROOT);
    if (n.endsWith(" parish")) {
      return "parish";
    }
    if (n.endsWith(" census area")) {
      return "census_area";
    }
    if (n.endsWith(" borough") || n.endsWith(" municipality")) {
      return "borough";
    }
    if (n.endsWith(" municipio")) {
      return "municipio";
    }
    return "county";
  }

  /** A county-equivalent's base name, e.g. {@code Juneau City and Borough} to {@code Juneau}. */
  public static String countyBaseName(String fullName) {
    return fullName.strip().replaceFirst(
        "(?i)\\s+(county|parish|census area|city and borough|borough|municipality|municipio)$", "");
  }

  /** Builds a child id, or empty if the slug is not a valid OCD id part. */
  public static Optional<OcdId> child(OcdId parent, String type, String name) {
    String slug = slug(name);
    return slug.isEmpty() ? Optional.empty()
        : OcdId.tryParse(parent.value() + "/" + type + ":" + slug);
  }
}
