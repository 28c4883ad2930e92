package org.justicekit.officials;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.justicekit.demands.OcdId;

/**
 * What a user asks about: a city and state, an OCD division id, a ZIP code, a street address,
 * or a point. Immutable.
 */
public sealed interface PlaceQuery {

  /** The query as a user would write it, for results and messages. */
  String text();

  /**
   * Parses {@code "City, ST"} (a two-letter state or DC).
   *
   * @throws IllegalArgumentException if the text is not of that form
   */
  static CityState city(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = CityState.FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text
          + "' is not a place of the form \"City, ST\" (e.g. \"Chicago, IL\")");
    }
    return new CityState(m.group(1).strip(), m.group(2).toUpperCase(Locale.ROOT));
  }

  /**
   * Reads what a user typed: an OCD division id ({@code ocd-division/...}), a ZIP code ({@code
   * 60602} or {@code 60602-1234}), a point ({@code 41.88,-87.63}), a city and state ({@code
   * Chicago, IL}), or else a street address.
   *
   * @throws IllegalArgumentException if the text is blank, longer than 300 characters, or an
   *     invalid OCD id
   */
  static PlaceQuery parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.isEmpty() || t.length() > 300) {
      throw new IllegalArgumentException("a place must have 1 to 300 characters");
    }
    if (t.startsWith("ocd-division/")) {
      return ocdId(t);
    }
    if (t.matches("\\d{5}(-\\d{4})?")) {
      return zip(t);
    }
    Matcher point = Point.FORM.matcher(t);
    if (point.matches()) {
      double lat = Double.parseDouble(point.group(1));
      double lon = Double.parseDouble(point.group(2));
      if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
        return point(lat, lon);
      }
    }
    Matcher city = CityState.FORM.matcher(t);
    if (city.matches() && !city.group(1).matches(".*\\d.*")) {
      return city(t);
    }
    return address(t);
  }

  /** A query for a division id. */
  static Division ocdId(String id) {
    return new Division(OcdId.parse(id));
  }

  /** A query for a five-digit ZIP code (ZIP+4 is accepted and cut to five digits). */
  static Zip zip(String zip) {
    return new Zip(zip);
  }

  /** A query for a street address. */
  static Address address(String address) {
    return new Address(address);
  }

  /** A query for a point. */
  static Point point(double latitude, double longitude) {
    return new Point(latitude, longitude);
  }

  /**
   * A city and a state.
   *
   * @param city the city name as written, e.g. {@code St. Louis}
   * @param state the two-letter postal code, upper case
   */
  record CityState(String city, String state) implements PlaceQuery {
    static final Pattern FORM = Pattern.compile("([^,]{1,100}),\\s*([A-Za-z]{2})");

    /** Validates the fields. */
    public CityState {
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(state, "state");
      if (city.isBlank()) {
        throw new IllegalArgumentException("city must not be blank");
      }
      if (!state.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("state must be a two-letter postal code, was '" + state + "'");
      }
    }

    @Override
    public String text() {
      return city + ", " + state;
    }
  }

  /**
   * An Open Civic Data division.
   *
   * @param ocdId the division id
   */
  record Division(OcdId ocdId) implements PlaceQuery {
    /** Validates the field. */
    public Division {
      Objects.requireNonNull(ocdId, "ocdId");
    }

    @Override
    public String text() {
      return ocdId.value();
    }
  }

  /**
   * A five-digit ZIP code.
   *
   * @param zip five digits
   */
  record Zip(String zip) implements PlaceQuery {
    /** Validates and normalises the ZIP (ZIP+4 is cut to five digits). */
    public Zip {
      Objects.requireNonNull(zip, "zip");
      String z = zip.strip();
      if (z.matches("\\d{5}-\\d{4}")) {
        z = z.substring(0, 5);
      }
      if (!z.matches("\\d{5}")) {
        throw new IllegalArgumentException("'" + zip + "' is not a five-digit ZIP code");
      }
      zip = z;
    }

    @Override
    public String text() {
      return zip;
    }
  }

  /**
   * A street address, one line.
   *
   * @param address e.g. {@code 50 W Washington St, Chicago, IL 60602}
   */
  record Address(String address) implements PlaceQuery {
    /** Validates the address. */
    public Address {
      Objects.requireNonNull(address, "address");
      if (address.isBlank() || address.length() > 300) {
        throw new IllegalArgumentException("an address must have 1 to 300 characters");
      }
      address = address.strip();
    }

    @Override
    public String text() {
      return address;
    }
  }

  /**
   * A point in WGS84 degrees.
   *
   * @param latitude -90 to 90
   * @param longitude -180 to 180
   */
  record Point(double latitude, double longitude) implements PlaceQuery {
    static final Pattern FORM =
        Pattern.compile("(-?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)");

    /** Validates the ranges. */
    public Point {
      if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
        throw new IllegalArgumentException("a point needs latitude -90..90 and longitude -180..180, was "
            + latitude + "," + longitude);
      }
    }

    @Override
    public String text() {
      return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
  }
}
