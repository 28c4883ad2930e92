package org.justicekit.officials.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.Map;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.testing.LocalServer;

/**
 * Fuzz tests of each provider's response parser (issue 11): whatever body a provider's server
 * sends with status 200, {@code lookup} returns a result or throws an {@link
 * OfficialsException} (such as {@code MalformedResponseException}) that never shows the API
 * key; never any other exception. Each input is served by a real local HTTP server.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code ProviderResponseFuzzTestInputs/<method>/}
 * (recorded-style responses; regression mode); {@code JAZZER_FUZZ=1} fuzzes one method
 * (README: Fuzzing).
 */
final class ProviderResponseFuzzTest {

  @FuzzTest
  void census_anyBody_lookupOrOfficialsException(byte[] body) {
    checkContract(Fixtures.Harness.CENSUS, body);
  }

  @FuzzTest
  void googleCivic_anyBody_lookupOrOfficialsException(byte[] body) {
    checkContract(Fixtures.Harness.GOOGLE, body);
  }

  @FuzzTest
  void cicero_anyBody_lookupOrOfficialsException(byte[] body) {
    checkContract(Fixtures.Harness.CICERO, body);
  }

  @FuzzTest
  void ballotReady_anyBody_lookupOrOfficialsException(byte[] body) {
    checkContract(Fixtures.Harness.BALLOTREADY, body);
  }

  @SuppressWarnings("try") // loopbackOnly is held for its scope, not used in the body
  private static void checkContract(Fixtures.Harness provider, byte[] body) {
    // The local server is the only host asked; Jazzer's SSRF detector is told so.
    try (SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections(
            (host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
        LocalServer server = new LocalServer()) {
      server.enqueue(new LocalServer.Reply(200, Map.of("Content-Type", "application/json"),
          body, 0));
      try {
        PlaceLookup lookup = provider.build(server.baseUrl(), new FakeTime(), 0,
            Duration.ofSeconds(5), 2L * 1024 * 1024).lookup(provider.query());
        assertThat(lookup.providers()).isNotEmpty();
      } catch (OfficialsException documented) {
        assertThat(documented.getMessage()).isNotBlank();
        Fixtures.assertNoKey(documented);
      }
    }
  }
}
