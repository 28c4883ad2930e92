package com.example.justicekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ExamplesTest {
  static String run(ThrowingMain main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingMain {
    void run() throws Exception;
  }

  @Test
  void listDemands_printsTheSixProsecutorDemands() throws Exception {
    String out = run(() -> ListDemands.main(new String[0]));
    assertThat(out.lines().filter(l -> !l.startsWith(" "))).hasSize(6);
    assertThat(out).contains("end-money-bail: End money bail").contains("  - ");
  }
}
