package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.justicekit.demands.Demand;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;

/**
 * Checks the form of the real-language stance sets of issue 12 ({@code realtext/}): records
 * in the dev-set format, the label balance the issue asks for, and a sources list of
 * addresses only. It never scores a passage, so it reads nothing a rule could be tuned on.
 * Blind batches not yet read ({@code blind/pending-NN.jsonl}) are checked the same way.
 */
final class RealTextDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path realtext() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        RealTextDataTest.class.getResource("/org/justicekit/scoring/realtext/README.md"),
        "realtext resources missing").toURI()).getParent();
  }

  private static List<Path> batches() throws URISyntaxException, IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("tuning", "blind")) {
      try (Stream<Path> s = Files.list(realtext().resolve(folder))) {
        s.filter(p -> p.getFileName().toString().matches("(batch|pending)-\\d\\d\\.jsonl")).sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static List<JsonNode> records(Path batch) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void issue12_everyRecord_isInTheDevSetFormat() throws Exception {
    DemandCatalog catalog = DemandCatalog.standard();
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    int n = 0;
    for (Path batch : batches()) {
      for (JsonNode r : records(batch)) {
        n++;
        String id = r.path("id").asText();
        assertThat(id).as(batch + " id").matches("r\\d{3}");
        assertThat(ids.add(id)).as("duplicate id " + id).isTrue();
        OfficeType office = OfficeType.of(r.path("office").asText());
        assertThat(office).as(id + " office").isIn(OfficeType.MAYOR, OfficeType.PROSECUTOR);
        String text = r.path("text").asText();
        assertThat(text).as(id + " text").isNotBlank();
        assertThat(texts.add(text)).as(id + " repeats another passage").isTrue();
        Set<String> ofOffice = new HashSet<>();
        catalog.demands(office).forEach(d -> ofOffice.add(d.id()));
        for (Map.Entry<String, JsonNode> e : r.path("labels").properties()) {
          assertThat(ofOffice).as(id + " demand").contains(e.getKey());
          assertThat(Stance.valueOf(e.getValue().asText())).as(id + " stance")
              .isNotEqualTo(Stance.NOT_MENTIONED);
        }
      }
    }
    assertThat(n).as("passages in realtext/").isGreaterThanOrEqualTo(400);
  }

  @Test
  void issue12_everyBatch_hasAQuarterOpposesOrMixed() throws Exception {
    for (Path batch : batches()) {
      int all = 0;
      int hard = 0;
      for (JsonNode r : records(batch)) {
        for (JsonNode stance : r.path("labels")) {
          all++;
          if (!stance.asText().equals("SUPPORTS")) {
            hard++;
          }
        }
      }
      assertThat(hard * 4).as(batch + ": OPPOSES+MIXED of " + all).isGreaterThanOrEqualTo(all);
    }
  }

  @Test
  void issue12_allBatches_coverEveryDemandWithEveryStance() throws Exception {
    Map<String, Set<Stance>> seen = new HashMap<>();
    for (Path batch : batches()) {
      for (JsonNode r : records(batch)) {
        r.path("labels").properties().forEach(e -> seen
            .computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Stance.class))
            .add(Stance.valueOf(e.getValue().asText())));
      }
    }
    for (Demand d : DemandCatalog.standard().demands()) {
      assertThat(seen.get(d.id())).as(d.id())
          .containsExactlyInAnyOrder(Stance.SUPPORTS, Stance.OPPOSES, Stance.MIXED);
    }
  }

  @Test
  void issue12_sources_areAddressesWithDemandsAndConstructions() throws Exception {
    List<String> lines = Files.readAllLines(realtext().resolve("sources.tsv"),
        StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("url\tdemands\tside\tconstructions");
    Set<String> demandIds = new HashSet<>();
    DemandCatalog.standard().demands().forEach(d -> demandIds.add(d.id()));
    Set<String> urls = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      assertThat(f).as(line).hasSize(4);
      assertThat(f[0]).as("address").matches("https?://\\S+");
      assertThat(urls.add(f[0])).as("listed twice: " + f[0]).isTrue();
      for (String d : f[1].split(";")) {
        assertThat(demandIds).as(f[0]).contains(d);
      }
      assertThat(f[3]).as(f[0] + " constructions").matches(".*\\bC\\d+\\b.*");
    }
    assertThat(urls).as("sources studied").hasSizeGreaterThanOrEqualTo(150);
  }
}
