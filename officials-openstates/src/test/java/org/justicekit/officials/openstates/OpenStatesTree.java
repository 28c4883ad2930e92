package org.justicekit.officials.openstates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes small Open States checkouts for tests: {@code data/<st>/municipalities/...}. */
final class OpenStatesTree {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private final Path root;

  private OpenStatesTree(Path root) {
    this.root = root;
  }

  static OpenStatesTree in(Path root) {
    return new OpenStatesTree(root);
  }

  Path root() {
    return root;
  }

  /** A person file with the given body, returning its path relative to the checkout. */
  String person(String state, String fileName, String yaml) {
    return bytes(state, fileName, yaml.getBytes(StandardCharsets.UTF_8));
  }

  String bytes(String state, String fileName, byte[] content) {
    String relative = "data/" + state + "/municipalities/" + fileName;
    write(relative, content);
    return relative;
  }

  /** A minimal, valid person file: one mayor role. */
  String mayor(String state, String place, String name, String endDate) {
    String file = name.replace(' ', '-') + "-" + place + ".yml";
    return person(state, file, mayorYaml(state, place, name, endDate));
  }

  static String mayorYaml(String state, String place, String name, String endDate) {
    return "id: ocd-person/" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "\n"
        + "name: " + name + "\n"
        + "roles:\n"
        + "- end_date: '" + endDate + "'\n"
        + "  type: mayor\n"
        + "  jurisdiction: ocd-jurisdiction/country:us/state:" + state + "/place:" + place
        + "/government\n"
        + "offices:\n"
        + "- classification: primary\n"
        + "  voice: 555-0100\n";
  }

  /** The state's list of tracked places. */
  void placeList(String state, String yaml) {
    write("data/" + state + "/municipalities.yml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  OpenStatesMayors load() {
    return OpenStatesImport.builder().asOf(AS_OF).build().load(root);
  }

  private void write(String relative, byte[] content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
