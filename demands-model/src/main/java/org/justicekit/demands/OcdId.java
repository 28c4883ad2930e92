package org.justicekit.demands;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Open Civic Data division identifier, such as {@code
 * ocd-division/country:us/state:il/county:cook}.
 *
 * <p>{@link #parse(String)} applies the OCD-ID format rules: the prefix {@code ocd-division/},
 * then {@code country:} and a two-letter lower-case country code, then any number of {@code
 * /type:id} segments, where a type is lower-case letters and underscores and an id is lower-case
 * letters, digits, {@code . - _ ~}. Immutable and safe to share; the JSON form is the id string.
 *
 * @param value the identifier, already validated
 */
public record OcdId(String value) {
  private static final String PREFIX = "ocd-division/";

  /**
   * Validates the identifier.
   *
   * @throws IllegalArgumentException naming the first rule the value breaks
   */
  public OcdId {
    Objects.requireNonNull(value, "value");
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException("invalid OCD division id '" + value + "': " + problem);
    }
  }

  /**
   * Parses an identifier, the same as the constructor.
   *
   * @throws IllegalArgumentException if the value breaks an OCD-ID format rule
   */
  @JsonCreator
  public static OcdId parse(String value) {
    return new OcdId(value);
  }

  /** Parses an identifier, or returns empty if it is not valid. */
  public static Optional<OcdId> tryParse(String value) {
    return value != null && problem(value) == null ? Optional.of(new OcdId(value))
        : Optional.empty();
  }

  /**
   * Turns a place or county name into an OCD type id the way the OCD tools do: lower case,
   * spaces to underscores (runs collapsed), periods dropped, apostrophes and other marks to
   * tildes (e.g. {@code "St. Mary's"} gives {@code "st_mary~s"}, {@code "O'Fallon"} gives
   * {@code "o~fallon"}).
   */
  public static String slug(String name) {
    StringBuilder out = new StringBuilder(name.length());
    String lower = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ') {
        out.append('_');
      } else if (c == '.') {
        continue;
      } else if (validIdChar(c)) {
        out.append(c);
      } else {
        out.append('~'); // apostrophes and other marks, as the OCD generator writes them
      }
    }
    return out.toString().replaceAll("_+", "_");
  }

  /** The identifier string. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** The segments after the prefix, country first. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    for (String part : value.substring(PREFIX.length()).split("/")) {
      int colon = part.indexOf(':');
      out.add(new Segment(part.substring(0, colon), part.substring(colon + 1)));
    }
    return List.copyOf(out);
  }

  /** The two-letter country code, e.g. {@code us}. */
  public String country() {
    return segments().get(0).id();
  }

  /**
   * The id of the first segment of this type, e.g. {@code segment("state")} is {@code il} for
   * a Cook County id.
   */
  public Optional<String> segment(String type) {
    return segments().stream().filter(s -> s.type().equals(type)).map(Segment::id).findFirst();
  }

  /** The last segment, e.g. {@code county:cook}. */
  public Segment last() {
    List<Segment> segments = segments();
    return segments.get(segments.size() - 1);
  }

  /** The division that contains this one, or empty for a country. */
  public Optional<OcdId> parent() {
    int slash = value.lastIndexOf('/');
    return slash < PREFIX.length() ? Optional.empty() : Optional.of(new OcdId(value.substring(0, slash)));
  }

  /**
   * A division inside this one.
   *
   * @throws IllegalArgumentException if the type or id breaks the format rules
   */
  public OcdId child(String type, String id) {
    return new OcdId(value + "/" + type + ":" + id);
  }

  /** Whether this division is this one or lies inside it. */
  public boolean isWithin(OcdId other) {
    return value.equals(other.value) || value.startsWith(other.value + "/");
  }

  @Override
  public String toString() {
    return value;
  }

  private static @Nullable String problem(String value) {
    if (!value.startsWith(PREFIX)) {
      return "must start with '" + PREFIX + "'";
    }
    String rest = value.substring(PREFIX.length());
    if (rest.isEmpty()) {
      return "needs at least the country segment, e.g. country:us";
    }
    String[] parts = rest.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int colon = part.indexOf(':');
      if (colon <= 0 || colon == part.length() - 1) {
        return "segment '" + part + "' must be type:id";
      }
      String type = part.substring(0, colon);
      String id = part.substring(colon + 1);
      if (i == 0) {
        if (!type.equals("country")) {
          return "the first segment must be country:<code>";
        }
        if (!id.matches("[a-z]{2}")) {
          return "country code '" + id + "' must be two lower-case letters";
        }
        continue;
      }
      for (char c : type.toCharArray()) {
        if (!(c == '_' || (c >= 'a' && c <= 'z'))) {
          return "type '" + type + "' may only have lower-case letters and underscores";
        }
      }
      for (char c : id.toCharArray()) {
        if (!validIdChar(c)) {
          return "id '" + id + "' has '" + c
              + "'; ids may only have lower-case letters, digits and . - _ ~";
        }
      }
    }
    return null;
  }

  private static boolean validIdChar(char c) {
    return c == '.' || c == '-' || c == '_' || c == '~' || (c >= '0' && c <= '9')
        || (Character.isLetter(c) && !Character.isUpperCase(c));
  }

  /**
   * One {@code type:id} segment of a division id.
   *
   * @param type the segment type, e.g. {@code county}
   * @param id the segment id, e.g. {@code cook}
   */
  public record Segment(String type, String id) {
    /** Validates that neither part is blank. */
    public Segment {
      Checks.nonBlank(type, "type");
      Checks.nonBlank(id, "id");
    }

    @Override
    public String toString() {
      return type + ":" + id;
    }
  }
}
