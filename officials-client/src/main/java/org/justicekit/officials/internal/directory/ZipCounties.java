package org.justicekit.officials.internal.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.justicekit.demands.OcdId;

/**
 * The embedded ZIP-to-county table ({@code zip-county.txt}): for each ZIP code of the 50 states
 * and DC, the counties (or county-equivalents: independent cities, DC) its addresses lie in,
 * the one with most addresses first. Derived from HUD's USPS ZIP-county crosswalk, 2023 Q1, by
 * {@code ZipCountyTableGenerator} in this module's tests, which documents the rules.
 *
 * <p>Internal: this package is not exported by the module.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the table once, on first use.
 */
public final class ZipCounties {
  /**
   * A county or county-equivalent.
   *
   * @param ocdId its OCD division id
   * @param name its name, e.g. {@code Cook County} or {@code Richmond city}
   */
  public record County(OcdId ocdId, String name) {}

  private static final String RESOURCE = "zip-county.txt";

  private final Map<Integer, County[]> byZip;

  private ZipCounties(Map<Integer, County[]> byZip) {
    this.byZip = byZip;
  }

  private static final class Holder {
    static final ZipCounties STANDARD = load();
  }

  /** The bundled table. */
  public static ZipCounties standard() {
    return Holder.STANDARD;
  }

  /** The counties of a five-digit ZIP, most addresses first; empty for an unknown ZIP. */
  public List<County> counties(String zip) {
    if (!zip.matches("\\d{5}")) {
      return List.of();
    }
    County[] counties = byZip.get(Integer.parseInt(zip));
    return counties == null ? List.of() : List.of(counties);
  }

  /** How many ZIP codes the table knows. */
  public int size() {
    return byZip.size();
  }

  private static ZipCounties load() {
    try (InputStream in = ZipCounties.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<County> counties = new ArrayList<>();
      Map<Integer, County[]> byZip = new HashMap<>(60_000);
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        if (line.charAt(0) == '=') {
          String[] parts = line.split(" ", 3);
          counties.add(new County(OcdId.parse("ocd-division/country:us/" + parts[1]),
              parts[2].replace('_', ' ')));
          continue;
        }
        String[] ids = line.substring(6).split(",");
        County[] list = new County[ids.length];
        for (int i = 0; i < ids.length; i++) {
          list[i] = counties.get(Integer.parseInt(ids[i]));
        }
        byZip.put(Integer.parseInt(line.substring(0, 5)), list);
      }
      return new ZipCounties(byZip);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
  }
}
