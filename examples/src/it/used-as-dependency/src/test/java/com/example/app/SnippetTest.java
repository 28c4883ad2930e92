package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void snippet_runsAsANamedModule() {
    // on the class path this would be the unnamed module: the modular build did not happen
    assertEquals("com.example.app", Snippet.class.getModule().getName());
    assertTrue(org.justicekit.scoring.PlatformScorer.class.getModule().isNamed());
    assertTrue(org.justicekit.officials.OfficialsClient.class.getModule().isNamed());
  }

  @Test
  void snippet_printsAlignmentAndStances() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Snippet.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("alignment 33.3%"), out);
    assertTrue(out.contains("end-money-bail SUPPORTS: I will not seek cash bail."), out);
    assertTrue(out.contains("prosecute-bad-cops NOT_MENTIONED"), out);
    assertEquals(7, out.lines().count(), out);
  }
}
