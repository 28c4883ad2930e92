package org.justicekit.officials.openstates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.justicekit.demands.OcdId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OpenStatesMayorsTest {
  @TempDir Path dir;

  private OpenStatesMayors sample() {
    OpenStatesTree tree = OpenStatesTree.in(dir);
    tree.mayor("tx", "san_antonio", "Ron Nirenberg", "2025-11-30");
    tree.mayor("tx", "houston", "John Whitmire", "2028-01-01");
    tree.mayor("ca", "los_angeles", "Karen Bass", "2026-12-11");
    tree.placeList("tx", "- name: Houston\n  id: ocd-jurisdiction/country:us/state:tx/place:houston/government\n");
    return tree.load();
  }

  @Test
  void mayors_sortedByDivisionIdAndCounted() {
    OpenStatesMayors mayors = sample();

    assertThat(mayors.mayors()).extracting(m -> m.ocdId().value()).containsExactly(
        "ocd-division/country:us/state:ca/place:los_angeles",
        "ocd-division/country:us/state:tx/place:houston",
        "ocd-division/country:us/state:tx/place:san_antonio");
    assertThat(mayors.currentCount()).isEqualTo(2);
    assertThat(mayors.asOf()).isEqualTo(OpenStatesTree.AS_OF);
    assertThat(mayors).hasToString(
        "OpenStatesMayors{asOf=2026-11-25, mayors=3, current=2, warnings=0}");
  }

  @Test
  void mayor_exactIdOnly() {
    OpenStatesMayors mayors = sample();

    assertThat(mayors.mayor(OcdId.parse("ocd-division/country:us/state:tx/place:houston")))
        .hasValueSatisfying(m -> assertThat(m.official().name()).isEqualTo("John Whitmire"));
    assertThat(mayors.mayor(OcdId.parse("ocd-division/country:us/state:tx/place:san-antonio")))
        .isEmpty();
  }

  @Test
  void toDirectoryJson_camelCaseSortedWithStalenessNote() throws Exception {
    JsonNode json = new ObjectMapper().readTree(sample().toDirectoryJson());

    assertThat(json.get("source").asText()).isEqualTo("openstates");
    assertThat(json.get("license").asText()).isEqualTo("CC0-1.0");
    assertThat(json.get("asOf").asText()).isEqualTo("2026-11-25");
    assertThat(json.get("count").asInt()).isEqualTo(3);
    assertThat(json.get("currentCount").asInt()).isEqualTo(2);
    List<String> ids = new ArrayList<>();
    json.get("mayors").forEach(m -> ids.add(m.get("ocdId").asText()));
    assertThat(ids).isSorted().hasSize(3);

    JsonNode houston = json.get("mayors").get(1);
    assertThat(houston.get("title").asText()).isEqualTo("Mayor of Houston");
    assertThat(houston.get("officeType").asText()).isEqualTo("MAYOR");
    assertThat(houston.get("elected").asBoolean()).isTrue();
    assertThat(houston.get("state").asText()).isEqualTo("TX");
    assertThat(houston.get("termEnd").asText()).isEqualTo("2028-01-01");
    assertThat(houston.get("current").asBoolean()).isTrue();
    assertThat(houston.get("note").isNull()).isTrue();
    assertThat(houston.get("holder").get("name").asText()).isEqualTo("John Whitmire");
    assertThat(houston.get("holder").get("asOf").asText()).isEqualTo("2026-11-25");
    assertThat(houston.get("holder").get("phones").get(0).asText()).isEqualTo("555-0100");
    assertThat(houston.get("file").asText())
        .isEqualTo("data/tx/municipalities/John-Whitmire-houston.yml");

    JsonNode sanAntonio = json.get("mayors").get(2);
    assertThat(sanAntonio.get("name").asText()).isEqualTo("San Antonio");
    assertThat(sanAntonio.get("current").asBoolean()).isFalse();
    assertThat(sanAntonio.get("note").asText())
        .isEqualTo("term ended 2025-11-30 according to Open States; not verified as current");
    assertThat(sanAntonio.get("holder").get("asOf").asText()).isEqualTo("2025-11-30");
  }

  @Test
  void toDirectoryJson_sameCheckout_sameTextWithLfEndings() {
    String first = sample().toDirectoryJson();
    String second = OpenStatesImport.builder().asOf(OpenStatesTree.AS_OF).build().load(dir)
        .toDirectoryJson();

    assertThat(second).isEqualTo(first);
    assertThat(first).doesNotContain("\r").endsWith("}\n");
  }
}
