package org.justicekit.officials;

import org.justicekit.officials.providers.EmbeddedDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;

final class OfficialsClientTest {
  /** A provider that answers address queries with fixed places and offices, like a geocoder. */
  private static final class FixedProvider implements OfficialsProvider {
    private final String name;
    private final List<Place> places;
    private final List<OfficeHolding> officials;
    private final @Nullable OfficialsException failure;
    final List<PlaceQuery> asked = Collections.synchronizedList(new ArrayList<>());

    FixedProvider(String name, List<Place> places, List<OfficeHolding> officials,
        @Nullable OfficialsException failure) {
      this.name = name;
      this.places = places;
      this.officials = officials;
      this.failure = failure;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean supports(PlaceQuery query) {
      return query instanceof PlaceQuery.Address || query instanceof PlaceQuery.CityState;
    }

    @Override
    public PlaceLookup lookup(PlaceQuery query) {
      asked.add(query);
      if (failure != null) {
        throw failure;
      }
      return new PlaceLookup(query.text(), places, officials, List.of(name + " note"), List.of(name));
    }
  }

  private static Place place(String name, String state, String id, @Nullable String county) {
    return new Place(name, state, OcdId.parse(id), county == null ? null : OcdId.parse(county));
  }

  private static final Place HOUSTON = place("Houston", "TX",
      "ocd-division/country:us/state:tx/place:houston", "ocd-division/country:us/state:tx/county:harris");
  private static final Place PASADENA = place("Pasadena", "TX",
      "ocd-division/country:us/state:tx/place:pasadena", "ocd-division/country:us/state:tx/county:harris");
  private static final OfficeHolding CUSTOM_MAYOR = new OfficeHolding(new Office(OfficeType.MAYOR,
      "Mayor of Houston", Jurisdiction.of("Houston", "ocd-division/country:us/state:tx/place:houston"),
      true, null, null), null, "cicero");

  private static List<String> titles(PlaceLookup answer) {
    return answer.officials().stream().map(h -> h.office().title()).toList();
  }

  @Test
  void create_embeddedOnly_answersOffline() {
    OfficialsClient client = OfficialsClient.create();
    assertThat(client.providers()).containsExactly(EmbeddedDirectory.standard());
    assertThat(client.strategy()).isEqualTo(OfficialsClient.Strategy.FIRST_ANSWER);
    PlaceLookup answer = client.lookup("Chicago, IL");
    assertThat(titles(answer)).containsExactly("Mayor of Chicago", "Cook County State's Attorney",
        "DuPage County State's Attorney");
    assertThat(client.lookup("ocd-division/country:us/state:il/county:cook").officials()).hasSize(1);
    assertThat(client.lookup("19901").officials()).hasSize(1);
    assertThat(client.toString()).contains("embedded").contains("FIRST_ANSWER");
  }

  @Test
  void lookup_addressWithoutGeocoder_noteNotException() {
    OfficialsClient client = OfficialsClient.create();
    assertThat(client.supports(PlaceQuery.address("1 Main St, Springfield, IL"))).isFalse();
    PlaceLookup answer = client.lookup("1 Main St, Springfield, IL");
    assertThat(answer.officials()).isEmpty();
    assertThat(answer.notes()).singleElement().satisfies(n -> assertThat(n)
        .contains("no configured provider (embedded) answers street address queries"));
  }

  @Test
  void lookup_placesOnlyProvider_followedByDirectoryForEachPlace() {
    FixedProvider geocoder = new FixedProvider("census", List.of(HOUSTON, PASADENA), List.of(), null);
    OfficialsClient client = OfficialsClient.builder().provider(geocoder).build();
    PlaceLookup answer = client.lookup("1 Main St, Houston, TX");
    assertThat(geocoder.asked).containsExactly(PlaceQuery.address("1 Main St, Houston, TX"));
    assertThat(answer.places()).containsExactly(HOUSTON, PASADENA);
    assertThat(answer.providers()).containsExactly("census", "embedded");
    // Houston from its own entry, narrowed to the address's county (issue 19); Pasadena only
    // through its county
    assertThat(titles(answer)).containsExactly("Mayor of Houston", "Harris County District Attorney");
    assertThat(answer.notes()).contains("census note")
        .anyMatch(n -> n.startsWith("Pasadena, TX has no embedded entry: its county's prosecutor is listed"))
        .anyMatch(n -> n.contains("resolved to 2 places"));
  }

  @Test
  void lookup_firstAnswer_stopsAtFirstProviderWithOffices() {
    FixedProvider cicero = new FixedProvider("cicero", List.of(HOUSTON), List.of(CUSTOM_MAYOR), null);
    OfficialsClient client = OfficialsClient.builder().provider(cicero)
        .provider(EmbeddedDirectory.standard()).build();
    PlaceLookup answer = client.lookup("Houston, TX");
    assertThat(answer.providers()).containsExactly("cicero");
    assertThat(answer.officials()).containsExactly(CUSTOM_MAYOR);
  }

  @Test
  void lookup_merged_combinesAndDropsDuplicates() {
    FixedProvider cicero = new FixedProvider("cicero", List.of(HOUSTON), List.of(CUSTOM_MAYOR), null);
    OfficialsClient client = OfficialsClient.builder().provider(cicero)
        .provider(EmbeddedDirectory.standard()).strategy(OfficialsClient.Strategy.MERGED).build();
    PlaceLookup answer = client.lookup("Houston, TX");
    assertThat(answer.providers()).containsExactly("cicero", "embedded");
    assertThat(titles(answer)).containsExactly("Mayor of Houston", "Harris County District Attorney",
        "Fort Bend County District Attorney", "Montgomery County District Attorney");
    assertThat(answer.officials().get(0).provider()).isEqualTo("cicero");
    assertThat(answer.places()).containsExactly(HOUSTON);
  }

  @Test
  void lookup_failingProviderThenDirectory_answersWithNote() {
    FixedProvider broken = new FixedProvider("cicero", List.of(), List.of(),
        new OfficialsException("cicero", 503, true, "Cicero is unavailable (HTTP 503)", null));
    OfficialsClient client = OfficialsClient.builder().provider(broken)
        .provider(EmbeddedDirectory.standard()).build();
    PlaceLookup answer = client.lookup("Houston, TX");
    assertThat(titles(answer)).startsWith("Mayor of Houston");
    assertThat(answer.notes()).contains("provider cicero failed: Cicero is unavailable (HTTP 503)");
  }

  @Test
  void lookup_onlyProviderFails_throwsItsException() {
    OfficialsException failure = new OfficialsException("census", 0, true, "timed out", null);
    OfficialsClient client = OfficialsClient.builder()
        .provider(new FixedProvider("census", List.of(), List.of(), failure)).build();
    assertThatThrownBy(() -> client.lookup("1 Main St, Houston, TX")).isSameAs(failure);
  }

  @Test
  void toBuilder_keepsSettings_variantDoesNotChangeOriginal() {
    FixedProvider geocoder = new FixedProvider("census", List.of(HOUSTON), List.of(), null);
    OfficialsClient base = OfficialsClient.builder().provider(geocoder)
        .strategy(OfficialsClient.Strategy.MERGED).build();
    OfficialsClient variant = base.toBuilder().provider(EmbeddedDirectory.standard()).build();
    assertThat(base.providers()).containsExactly(geocoder);
    assertThat(variant.providers()).containsExactly(geocoder, EmbeddedDirectory.standard());
    assertThat(variant.strategy()).isEqualTo(OfficialsClient.Strategy.MERGED);
    assertThat(OfficialsClient.create().toBuilder().build().providers())
        .containsExactly(EmbeddedDirectory.standard());
  }

  @Test
  void build_noDirectoryNoProvider_illegalState() {
    assertThatThrownBy(() -> OfficialsClient.builder().directory(null).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void directoryOff_placesOnlyAnswerPassesThrough() {
    FixedProvider geocoder = new FixedProvider("census", List.of(HOUSTON), List.of(), null);
    PlaceLookup answer = OfficialsClient.builder().provider(geocoder).directory(null).build()
        .lookup("1 Main St, Houston, TX");
    assertThat(answer.places()).containsExactly(HOUSTON);
    assertThat(answer.officials()).isEmpty();
    assertThat(answer.providers()).containsExactly("census");
  }

  @Test
  void lookup_sharedAcrossThreads_sameAnswers() throws Exception {
    OfficialsClient client = OfficialsClient.create();
    List<String> queries = List.of("Brooklyn, NY", "Houston, TX", "Dover, DE", "Smallville, KS");
    List<PlaceLookup> expected = queries.stream().map(client::lookup).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<PlaceLookup>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String q = queries.get(i % queries.size());
        futures.add(pool.submit(() -> client.lookup(q)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % queries.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
