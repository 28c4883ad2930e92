package org.justicekit.officials.openstates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.ContactChannel;
import org.justicekit.demands.OcdId;

/**
 * Reads one Open States person file ({@code data/<st>/municipalities/<Name>-<uuid>.yml}) into
 * mayoral candidates, and the state lists ({@code data/<st>/municipalities.yml}) into place
 * names. Stateless and thread-safe.
 */
final class OpenStatesPersonFile {
  private static final String JURISDICTION_PREFIX = "ocd-jurisdiction/";
  private static final String GOVERNMENT_SUFFIX = "/government";
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /**
   * Division ids Open States has wrong, with the right id and why. Facts, checked against the
   * Census place list: North Charleston is in South Carolina but is filed under {@code data/nc/}.
   */
  private static final Map<String, String[]> KNOWN_ID_ERRORS = Map.of(
      "ocd-division/country:us/state:nc/place:north_charleston",
      new String[] {"ocd-division/country:us/state:sc/place:north_charleston",
          "North Charleston is in South Carolina, not North Carolina"});

  /**
   * Jackson reads YAML aliases as references rather than expanding them, and SnakeYAML's default
   * limits (nesting depth, document size) apply; duplicate keys are an error.
   */
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private OpenStatesPersonFile() {}

  /** One mayoral role of one person file, for one place. */
  record Candidate(
      OcdId ocdId,
      String jurisdiction,
      List<String> corrections,
      String personName,
      @Nullable String personId,
      @Nullable String party,
      @Nullable URI website,
      List<String> emails,
      List<String> phones,
      List<ContactChannel> channels,
      List<URI> sources,
      @Nullable LocalDate start,
      LocalDate end,
      String file) {}

  /** What one file gave: candidates (possibly none) and the problems found. */
  record Parsed(List<Candidate> candidates, List<OpenStatesWarning> warnings) {
    static Parsed skipped(String file, String message) {
      return new Parsed(List.of(), List.of(new OpenStatesWarning(file, message)));
    }
  }

  /** A jurisdiction id turned into a division id, with the corrections that took. */
  record Division(OcdId ocdId, List<String> corrections) {}

  /**
   * Parses a person file.
   *
   * @param file the path relative to the checkout, for messages and sources
   * @param bytes the file's content
   */
  static Parsed parse(String file, byte[] bytes) {
    Yaml read = readYaml(bytes);
    JsonNode root = read.node();
    if (root == null) {
      return Parsed.skipped(file, "skipped: " + read.problem());
    }
    if (!root.isObject()) {
      return Parsed.skipped(file, "skipped: not a YAML mapping of person fields");
    }
    String name = text(root.get("name"));
    if (name == null) {
      return Parsed.skipped(file, "skipped: required key 'name' is missing or blank");
    }
    JsonNode roles = root.get("roles");
    if (roles == null || !roles.isArray()) {
      return Parsed.skipped(file, "skipped: required key 'roles' is missing or not a list");
    }

    List<OpenStatesWarning> warnings = new ArrayList<>();
    Map<String, Role> latest = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode role : roles) {
      index++;
      if (!role.isObject() || !"mayor".equals(text(role.get("type")))) {
        continue;
      }
      String jurisdiction = text(role.get("jurisdiction"));
      if (jurisdiction == null) {
        warnings.add(new OpenStatesWarning(file, "mayor role " + index
            + " skipped: required key 'jurisdiction' is missing"));
        continue;
      }
      JsonNode endNode = role.get("end_date");
      LocalDate end = date(endNode, true);
      if (end == null) {
        warnings.add(new OpenStatesWarning(file, "mayor role " + index + " skipped: "
            + (text(endNode) == null ? "required key 'end_date' is missing"
                : "end_date '" + text(endNode) + "' is not a YYYY-MM-DD date")));
        continue;
      }
      LocalDate start = date(role.get("start_date"), false);
      Role candidate = new Role(jurisdiction, start, end);
      latest.merge(jurisdiction, candidate, (a, b) -> b.end.isAfter(a.end) ? b : a);
    }
    if (latest.isEmpty()) {
      warnings.add(new OpenStatesWarning(file, "skipped: no usable mayor role"));
      return new Parsed(List.of(), warnings);
    }

    List<Candidate> candidates = new ArrayList<>();
    for (Role role : latest.values()) {
      Division division;
      try {
        division = division(role.jurisdiction);
      } catch (IllegalArgumentException e) {
        warnings.add(new OpenStatesWarning(file, "mayor role skipped: " + e.getMessage()));
        continue;
      }
      for (String correction : division.corrections()) {
        warnings.add(new OpenStatesWarning(file, correction));
      }
      candidates.add(new Candidate(division.ocdId(), role.jurisdiction, division.corrections(),
          name, text(root.get("id")), party(root.get("party")), website(root.get("links")),
          emails(root), phones(root.get("offices")), channels(root.get("ids")),
          sources(root.get("sources"), file), role.start, role.end, file));
    }
    return new Parsed(candidates, warnings);
  }

  /**
   * Reads a state list ({@code municipalities.yml}) into jurisdiction id to place name. The
   * first name given for an id wins.
   *
   * @throws IllegalArgumentException if the file is not a YAML list
   */
  static Map<String, String> placeNames(byte[] bytes) {
    Yaml read = readYaml(bytes);
    JsonNode root = read.node();
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(root == null ? read.problem()
          : "not a YAML list of {name, id}");
    }
    Map<String, String> names = new HashMap<>();
    for (JsonNode entry : root) {
      String id = text(entry.get("id"));
      String name = text(entry.get("name"));
      if (id != null && name != null) {
        names.putIfAbsent(id, name);
      }
    }
    return names;
  }

  /**
   * Turns an Open States jurisdiction id into a division id: {@code ocd-jurisdiction/} becomes
   * {@code ocd-division/}, {@code /government} is dropped, stray underscores around a segment id
   * are trimmed, and known errors are corrected.
   *
   * @throws IllegalArgumentException if the id cannot be made into a valid division id
   */
  static Division division(String jurisdiction) {
    if (!jurisdiction.startsWith(JURISDICTION_PREFIX)
        || !jurisdiction.endsWith(GOVERNMENT_SUFFIX)) {
      throw new IllegalArgumentException("jurisdiction '" + jurisdiction + "' is not of the form "
          + "ocd-jurisdiction/country:us/.../government");
    }
    String body = jurisdiction.substring(JURISDICTION_PREFIX.length(),
        jurisdiction.length() - GOVERNMENT_SUFFIX.length());
    List<String> corrections = new ArrayList<>();
    StringBuilder id = new StringBuilder("ocd-division");
    for (String segment : body.split("/", -1)) {
      int colon = segment.indexOf(':');
      String type = colon < 0 ? segment : segment.substring(0, colon);
      String raw = colon < 0 ? "" : segment.substring(colon + 1);
      String trimmed = raw.replaceAll("_{2,}", "_").replaceAll("^_|_$", "");
      if (!trimmed.equals(raw) && !trimmed.isEmpty()) {
        corrections.add("id segment '" + segment + "' read as '" + type + ":" + trimmed
            + "' (stray underscore)");
      }
      id.append('/').append(type).append(':').append(trimmed);
    }
    OcdId parsed = OcdId.tryParse(id.toString()).orElseThrow(() -> new IllegalArgumentException(
        "jurisdiction '" + jurisdiction + "' does not make a valid OCD division id"));
    String[] known = KNOWN_ID_ERRORS.get(parsed.value());
    if (known != null) {
      corrections.add("division id " + parsed + " corrected to " + known[0] + ": " + known[1]);
    }
    OcdId ocdId = known == null ? parsed : OcdId.parse(known[0]);
    if (ocdId.segment("state").or(() -> ocdId.segment("district")).isEmpty()) {
      throw new IllegalArgumentException("jurisdiction '" + jurisdiction
          + "' names no state (expected .../state:<st>/...)");
    }
    return new Division(ocdId, List.copyOf(corrections));
  }

  /** A YAML document read, or why it could not be. */
  private record Yaml(@Nullable JsonNode node, String problem) {}

  private static Yaml readYaml(byte[] bytes) {
    String text = decode(bytes);
    if (text == null) {
      return new Yaml(null, "not UTF-8 text");
    }
    if (text.isBlank()) {
      return new Yaml(null, "empty file");
    }
    try {
      JsonNode node = YAML.readTree(text);
      return node == null || node.isMissingNode() || node.isNull()
          ? new Yaml(null, "empty YAML document") : new Yaml(node, "");
    } catch (JsonProcessingException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      int newline = detail.indexOf('\n');
      return new Yaml(null, "malformed YAML: "
          + (newline < 0 ? detail : detail.substring(0, newline))
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (nesting depth, size) as its own runtime exceptions.
      return new Yaml(null, "malformed YAML: " + e.getMessage());
    }
  }

  private static @Nullable String decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      if (text.indexOf('\0') >= 0) {
        return null;
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A scalar as trimmed text, or null if absent, blank or not a scalar. */
  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * A date, quoted or not: {@code YYYY-MM-DD}; a partial {@code YYYY-MM} or {@code YYYY} means
   * the last day of that month or year when it ends a term and the first day when it starts one.
   */
  private static @Nullable LocalDate date(@Nullable JsonNode node, boolean end) {
    String text = text(node);
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The current party: the last entry without an end date, else the last entry. */
  private static @Nullable String party(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isValueNode()) {
      return text(node);
    }
    String party = null;
    String open = null;
    for (JsonNode entry : node) {
      String name = entry.isValueNode() ? text(entry) : text(entry.get("name"));
      if (name != null) {
        party = name;
        if (text(entry.get("end_date")) == null) {
          open = name;
        }
      }
    }
    return open != null ? open : party;
  }

  private static @Nullable URI website(@Nullable JsonNode links) {
    if (links == null || !links.isArray()) {
      return null;
    }
    for (JsonNode link : links) {
      URI uri = absolute(text(link.get("url")));
      if (uri != null && uri.getScheme().matches("(?i)https?")) {
        return uri;
      }
    }
    return null;
  }

  private static List<String> emails(JsonNode root) {
    Set<String> emails = new LinkedHashSet<>();
    addIfPresent(emails, text(root.get("email")));
    JsonNode offices = root.get("offices");
    if (offices != null && offices.isArray()) {
      for (JsonNode office : offices) {
        addIfPresent(emails, text(office.get("email")));
      }
    }
    return List.copyOf(emails);
  }

  private static List<String> phones(@Nullable JsonNode offices) {
    Set<String> phones = new LinkedHashSet<>();
    if (offices != null && offices.isArray()) {
      for (JsonNode office : offices) {
        addIfPresent(phones, text(office.get("voice")));
      }
    }
    return List.copyOf(phones);
  }

  private static List<ContactChannel> channels(@Nullable JsonNode ids) {
    List<ContactChannel> channels = new ArrayList<>();
    if (ids != null && ids.isObject()) {
      ids.properties().forEach(e -> {
        String id = text(e.getValue());
        String type = e.getKey().strip().toLowerCase(Locale.ROOT);
        if (id != null && !type.isEmpty()) {
          channels.add(new ContactChannel(type, id));
        }
      });
    }
    return List.copyOf(channels);
  }

  private static List<URI> sources(@Nullable JsonNode sources, String file) {
    Set<URI> out = new LinkedHashSet<>();
    if (sources != null && sources.isArray()) {
      for (JsonNode source : sources) {
        URI uri = absolute(text(source.get("url")));
        if (uri != null && uri.getScheme().matches("(?i)https?")) {
          out.add(uri);
        }
      }
    }
    try {
      out.add(new URI(null, null, file, null));
    } catch (URISyntaxException e) {
      // a relative path with every unsafe character quoted is always a valid URI
      throw new IllegalStateException(e);
    }
    return List.copyOf(out);
  }

  private static @Nullable URI absolute(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static void addIfPresent(Set<String> set, @Nullable String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private record Role(String jurisdiction, @Nullable LocalDate start, LocalDate end) {}
}
