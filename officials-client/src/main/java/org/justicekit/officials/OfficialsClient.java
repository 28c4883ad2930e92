package org.justicekit.officials;

import org.justicekit.officials.providers.EmbeddedDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;

/**
 * Finds the offices that serve a place (the mayor; the prosecutor's office or offices, with
 * their local title, district and whether they are elected) and, where known, who holds them.
 *
 * <p>{@link #create()} gives a client that answers from the {@link EmbeddedDirectory} alone,
 * offline. {@link #builder()} composes providers in order: with {@link Strategy#FIRST_ANSWER}
 * the first provider that names offices answers; with {@link Strategy#MERGED} every provider
 * that supports the query contributes and duplicate offices are dropped. A provider that only
 * resolves places (a geocoder that returns places but no offices) is followed by a directory
 * lookup of each resolved place's OCD id, and of its county id if the place is not covered.
 *
 * <pre>{@code
 * OfficialsClient client = OfficialsClient.create();   // share it
 * PlaceLookup answer = client.lookup("Brooklyn, NY");  // Kings County District Attorney
 * }</pre>
 *
 * <p>Ambiguity and missing coverage are answers (a {@link PlaceLookup} with notes), not
 * exceptions. A provider that fails is skipped with a note when another provider answers;
 * when none answers, its {@link OfficialsException} is thrown.
 *
 * <p>Immutable and thread-safe when its providers are (as all JusticeKit providers are):
 * build one client and share it, e.g. as a {@code static final} field.
 */
public final class OfficialsClient {
  /** How the answers of several providers combine. */
  public enum Strategy {
    /** The first provider, in order, whose answer names at least one office answers alone. */
    FIRST_ANSWER,
    /** Every provider that supports the query answers; offices are merged, first one wins. */
    MERGED
  }

  private final List<OfficialsProvider> providers;
  private final Strategy strategy;
  private final @Nullable EmbeddedDirectory directory;

  private OfficialsClient(Builder builder) {
    this.directory = builder.directory;
    this.providers = builder.providers.isEmpty() && builder.directory != null
        ? List.of(builder.directory) : List.copyOf(builder.providers);
    this.strategy = builder.strategy;
    if (providers.isEmpty()) {
      throw new IllegalStateException("an OfficialsClient needs at least one provider or a directory");
    }
  }

  /** A client that answers from the bundled {@link EmbeddedDirectory#standard()} alone, offline. */
  public static OfficialsClient create() {
    return builder().build();
  }

  /** A builder with the standard directory, no providers (meaning: the directory) and {@link Strategy#FIRST_ANSWER}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this client's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.providers.addAll(providers.size() == 1 && providers.get(0) == directory ? List.of() : providers);
    b.strategy = strategy;
    b.directory = directory;
    return b;
  }

  /** The providers, in the order they are asked. */
  public List<OfficialsProvider> providers() {
    return providers;
  }

  /** How the providers' answers combine. */
  public Strategy strategy() {
    return strategy;
  }

  /** Whether any provider can answer this kind of query. */
  public boolean supports(PlaceQuery query) {
    return providers.stream().anyMatch(p -> p.supports(query));
  }

  /**
   * Looks up what a user typed: {@code "City, ST"}, an OCD division id, a ZIP code, a point
   * ({@code lat,lon}), or else a street address. See {@link PlaceQuery#parse(String)}.
   *
   * @throws IllegalArgumentException if the text is blank, too long or an invalid OCD id
   * @throws OfficialsException if no provider answered and one failed
   */
  public PlaceLookup lookup(String text) {
    return lookup(PlaceQuery.parse(text));
  }

  /**
   * Looks up the offices that serve a place.
   *
   * @throws OfficialsException if no provider answered and one failed
   */
  public PlaceLookup lookup(PlaceQuery query) {
    Objects.requireNonNull(query, "query");
    List<PlaceLookup> answers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    OfficialsException firstFailure = null;
    for (OfficialsProvider provider : providers) {
      if (!provider.supports(query)) {
        continue;
      }
      PlaceLookup answer;
      try {
        answer = resolvePlaces(provider.lookup(query), provider, query);
      } catch (OfficialsException e) {
        if (firstFailure == null) {
          firstFailure = e;
        }
        failures.add("provider " + provider.name() + " failed: " + e.getMessage());
        continue;
      }
      answers.add(answer);
      if (strategy == Strategy.FIRST_ANSWER && !answer.officials().isEmpty()) {
        break;
      }
    }
    if (answers.isEmpty()) {
      if (firstFailure != null) {
        throw firstFailure;
      }
      return new PlaceLookup(query.text(), List.of(), List.of(),
          List.of("no configured provider (" + names() + ") answers " + kind(query)
              + " queries; add a provider that does, e.g. census or google for addresses"),
          List.of());
    }
    if (strategy == Strategy.FIRST_ANSWER) {
      PlaceLookup last = answers.get(answers.size() - 1);
      if (!last.officials().isEmpty()) {
        return withNotes(last, failures);
      }
    }
    return withNotes(merge(answers, query.text()), failures);
  }

  @Override
  public String toString() {
    return "OfficialsClient[providers=" + names() + ", strategy=" + strategy + "]";
  }

  /** Follows a places-only answer with directory lookups of the places it resolved. */
  private PlaceLookup resolvePlaces(PlaceLookup answer, OfficialsProvider provider,
      PlaceQuery query) {
    if (directory == null || provider == directory || !answer.officials().isEmpty()
        || answer.places().isEmpty()) {
      return answer;
    }
    List<PlaceLookup> parts = new ArrayList<>();
    parts.add(answer);
    for (Place place : answer.places()) {
      PlaceLookup found = directory.lookup(new PlaceQuery.Division(place.ocdId()));
      if (found.officials().isEmpty() && place.countyOcdId() != null) {
        PlaceLookup byCounty = directory.lookup(new PlaceQuery.Division(place.countyOcdId()));
        if (!byCounty.officials().isEmpty()) {
          List<String> notes = new ArrayList<>();
          notes.add(place.name() + ", " + place.state() + " has no embedded entry: its county's "
              + "prosecutor is listed, but not its mayor");
          notes.addAll(byCounty.notes());
          found = new PlaceLookup(found.query(), List.of(), byCounty.officials(), notes,
              byCounty.providers());
        }
      }
      if (query instanceof PlaceQuery.Address || query instanceof PlaceQuery.Point) {
        found = narrowToCounty(found, place); // one address lies in one county
      }
      // the geocoder's places stand; the directory contributes offices and notes
      parts.add(new PlaceLookup(found.query(), List.of(), found.officials(), found.notes(),
          found.providers()));
    }
    return merge(parts, answer.query());
  }

  /**
   * For an address or a point, a place served by prosecutors of several counties (New York
   * City's five District Attorneys, Houston's three) keeps only the prosecutor of the county the geocoder placed the address in (issue 19); when
   * none of them matches that county, all stay.
   */
  private static PlaceLookup narrowToCounty(PlaceLookup found, Place place) {
    OcdId county = place.countyOcdId();
    if (county == null) {
      return found;
    }
    List<OfficeHolding> prosecutors = found.officials().stream()
        .filter(h -> h.office().officeType() == OfficeType.PROSECUTOR).toList();
    List<OfficeHolding> inCounty = prosecutors.stream()
        .filter(h -> county.equals(h.office().jurisdiction().ocdId())).toList();
    if (prosecutors.size() < 2 || inCounty.isEmpty()) {
      return found;
    }
    List<OfficeHolding> kept = found.officials().stream()
        .filter(h -> h.office().officeType() != OfficeType.PROSECUTOR || inCounty.contains(h))
        .toList();
    return new PlaceLookup(found.query(), found.places(), kept, found.notes(), found.providers());
  }

  private static PlaceLookup merge(List<PlaceLookup> answers, String text) {
    Set<Place> places = new LinkedHashSet<>();
    Map<String, OfficeHolding> officials = new LinkedHashMap<>();
    Set<String> notes = new LinkedHashSet<>();
    Set<String> providers = new LinkedHashSet<>();
    for (PlaceLookup a : answers) {
      places.addAll(a.places());
      for (OfficeHolding h : a.officials()) {
        Office o = h.office();
        officials.putIfAbsent(o.officeType() + "|" + o.title().toLowerCase(Locale.ROOT) + "|"
            + o.jurisdiction().ocdId(), h);
      }
      notes.addAll(a.notes());
      providers.addAll(a.providers());
    }
    // mayors first, then prosecutors, each in the order found
    List<OfficeHolding> ordered = new ArrayList<>(officials.values());
    ordered.sort(Comparator.comparing(h -> !h.office().officeType().equals(OfficeType.MAYOR)));
    if (places.size() > 1) {
      notes.add("\"" + text + "\" resolved to " + places.size() + " places; the offices of all "
          + "of them are listed");
    }
    return new PlaceLookup(text, List.copyOf(places), ordered, List.copyOf(notes),
        List.copyOf(providers));
  }

  private static PlaceLookup withNotes(PlaceLookup answer, List<String> extra) {
    if (extra.isEmpty()) {
      return answer;
    }
    List<String> notes = new ArrayList<>(answer.notes());
    notes.addAll(extra);
    return new PlaceLookup(answer.query(), answer.places(), answer.officials(), notes,
        answer.providers());
  }

  private String names() {
    return String.join(", ", providers.stream().map(OfficialsProvider::name).toList());
  }

  private static String kind(PlaceQuery query) {
    if (query instanceof PlaceQuery.CityState) {
      return "city and state";
    } else if (query instanceof PlaceQuery.Division) {
      return "OCD division";
    } else if (query instanceof PlaceQuery.Zip) {
      return "ZIP code";
    } else if (query instanceof PlaceQuery.Address) {
      return "street address";
    }
    return "point";
  }

  /** Builds an {@link OfficialsClient}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private final List<OfficialsProvider> providers = new ArrayList<>();
    private Strategy strategy = Strategy.FIRST_ANSWER;
    private @Nullable EmbeddedDirectory directory = EmbeddedDirectory.standard();

    private Builder() {}

    /** Adds a provider after those already added. */
    public Builder provider(OfficialsProvider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** Replaces the providers. An empty list means: the directory alone. */
    public Builder providers(List<? extends OfficialsProvider> providers) {
      List<OfficialsProvider> copy = List.copyOf(providers);
      this.providers.clear();
      this.providers.addAll(copy);
      return this;
    }

    /** How several providers' answers combine; default {@link Strategy#FIRST_ANSWER}. */
    public Builder strategy(Strategy strategy) {
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /**
     * The directory that resolves the places a geocoding provider returns (and that answers
     * alone when no provider is added); default {@link EmbeddedDirectory#standard()}. Null turns
     * the follow-up off.
     */
    public Builder directory(@Nullable EmbeddedDirectory directory) {
      this.directory = directory;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if there is neither a provider nor a directory
     */
    public OfficialsClient build() {
      return new OfficialsClient(this);
    }
  }
}
