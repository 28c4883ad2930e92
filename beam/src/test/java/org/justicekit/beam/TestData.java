package org.justicekit.beam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Inputs for the pipeline tests: the shared dev set when it is there, our own lines otherwise. */
final class TestData {
  private TestData() {}

  /** The dev set beside the checkout ({@code justicekit.shared.dir}), if present. */
  static Path devSetOrOwn(Path dir) throws IOException {
    String shared = System.getProperty("justicekit.shared.dir");
    if (shared != null) {
      Path dev = Path.of(shared, "eval", "stance-dev.jsonl");
      if (Files.isRegularFile(dev)) {
        return dev;
      }
    }
    return write(dir.resolve("own.jsonl"), OWN);
  }

  /** A few platforms of our own words, both offices, text and HTML, one without an id. */
  static final List<String> OWN = List.of(
      "{\"id\":\"o1\",\"office\":\"PROSECUTOR\",\"text\":\"I will not seek cash bail for"
          + " anyone charged with a misdemeanor. Children belong in juvenile court, never in an"
          + " adult jail.\",\"labels\":{\"ignored\":true}}",
      "{\"id\":\"o2\",\"office\":\"MAYOR\",\"text\":\"Every patrol officer in our city will wear a"
          + " body camera by next spring, and I will sign a ban on chokeholds.\"}",
      "{\"id\":\"o3\",\"office\":\"PROSECUTOR\",\"text\":\"<html><body><nav>Home</nav><p>Cash bail"
          + " keeps dangerous people off our streets and I will keep asking for it.</p>"
          + "</body></html>\"}",
      "{\"office\":\"MAYOR\",\"text\":\"Our parks and libraries come first.\"}",
      "{\"id\":\"o5\",\"office\":\"prosecutor\",\"text\":\"\"}");

  static Path write(Path file, List<String> lines) throws IOException {
    Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** The lines of every file whose name starts with the prefix's name and passes the filter. */
  static List<String> outputLines(Path prefix, boolean dead) throws IOException {
    String name = prefix.getFileName().toString();
    String start = dead ? name + "-dead-" : name + "-";
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(prefix.getParent())) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        boolean isDead = n.startsWith(name + "-dead-");
        if (n.startsWith(start) && n.endsWith(".jsonl") && isDead == dead) {
          lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
      }
    }
    return lines;
  }
}
