package org.justicekit.officials.providers;

import org.justicekit.officials.internal.directory.Holdings;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ContactChannel} types the HTTP providers use beyond a service's own name (issue 19):
 * a service's name ({@code twitter}, {@code facebook}...) for the office's official account;
 * that name with {@code -campaign} for a campaign account; {@link #WEB_FORM} for a contact form;
 * {@link #POSTAL} for a mailing address, on one line. Stateless.
 */
final class Contacts {
  /** Appended to a service's name for a campaign (not official) account. */
  static final String CAMPAIGN_SUFFIX = "-campaign";
  /** A contact form on the web; the id is its URL. */
  static final String WEB_FORM = "web-form";
  /** A mailing address; the id is the address on one line. */
  static final String POSTAL = "postal";

  private Contacts() {}

  /** "Line 1, Line 2, City, ST 12345" from the parts present, or null if there is no street. */
  static @Nullable String postal(@Nullable String line1, @Nullable String line2,
      @Nullable String line3, @Nullable String city, @Nullable String state,
      @Nullable String zip) {
    List<@Nullable String> lines = new ArrayList<>();
    lines.add(line1);
    lines.add(line2);
    lines.add(line3);
    List<String> street = Holdings.distinct(lines);
    if (street.isEmpty()) {
      return null;
    }
    List<@Nullable String> tail = new ArrayList<>();
    tail.add(state);
    tail.add(zip);
    String stateZip = String.join(" ", Holdings.distinct(tail));
    List<@Nullable String> all = new ArrayList<>(street);
    all.add(city);
    all.add(stateZip.isEmpty() ? null : stateZip);
    return String.join(", ", Holdings.distinct(all));
  }
}
