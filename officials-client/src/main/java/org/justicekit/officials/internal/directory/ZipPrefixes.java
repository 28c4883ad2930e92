package org.justicekit.officials.internal.directory;

import java.util.Optional;

/**
 * The state of a ZIP code from its first three digits (the USPS sectional centre). A handful
 * of prefixes serve two states (e.g. 063 is Connecticut but also Fishers Island, New York);
 * this table gives the state that holds most of the prefix's ZIP codes. Stateless.
 */
public final class ZipPrefixes {
  /** Ranges of three-digit prefixes, inclusive, with their state; in ascending order. */
  private static final String[] RANGES = {
      "005-005 NY", "010-027 MA", "028-029 RI", "030-038 NH", "039-049 ME", "050-054 VT",
      "055-055 MA", "056-059 VT", "060-069 CT", "070-089 NJ", "100-149 NY", "150-196 PA",
      "197-199 DE", "200-200 DC", "201-201 VA", "202-205 DC", "206-219 MD", "220-246 VA",
      "247-268 WV", "270-289 NC", "290-299 SC", "300-319 GA", "320-349 FL", "350-369 AL",
      "370-385 TN", "386-397 MS", "398-399 GA", "400-427 KY", "430-459 OH", "460-479 IN",
      "480-499 MI", "500-528 IA", "530-549 WI", "550-567 MN", "569-569 DC", "570-577 SD",
      "580-588 ND", "590-599 MT", "600-629 IL", "630-658 MO", "660-679 KS", "680-693 NE",
      "700-714 LA", "716-729 AR", "730-731 OK", "733-733 TX", "734-749 OK", "750-799 TX",
      "800-816 CO", "820-831 WY", "832-838 ID", "840-847 UT", "850-865 AZ", "870-884 NM",
      "885-885 TX", "888-888 DC", "889-898 NV", "900-961 CA", "967-968 HI", "970-979 OR",
      "980-994 WA", "995-999 AK"};

  private ZipPrefixes() {}

  /** The two-letter state of a five-digit ZIP, or empty if the prefix is not a state's. */
  public static Optional<String> state(String zip) {
    int prefix = Integer.parseInt(zip.substring(0, 3));
    for (String range : RANGES) {
      int from = Integer.parseInt(range.substring(0, 3));
      int to = Integer.parseInt(range.substring(4, 7));
      if (prefix >= from && prefix <= to) {
        return Optional.of(range.substring(8));
      }
    }
    return Optional.empty();
  }
}
