package org.justicekit.demands;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One reform demand made of one kind of office.
 *
 * <p>The {@code id} is stable across catalog versions: lower-case words joined by hyphens, such
 * as {@code end-money-bail}. Immutable and safe to share.
 *
 * @param id stable identifier, e.g. {@code chokehold-ban}
 * @param officeType the office the demand is made of
 * @param title short title for reports
 * @param summary one-sentence statement of the demand
 * @param rationale why reformers make it
 * @param asks the concrete asks that meeting the demand takes; may be empty
 */
public record Demand(
    String id, OfficeType officeType, String title, String summary, String rationale,
    List<String> asks) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the id is not lower-case kebab case or a text is blank
   */
  public Demand {
    Checks.nonBlank(id, "id");
    if (!ID.matcher(id).matches() || id.length() > 80) {
      throw new IllegalArgumentException(
          "demand id '" + id + "' must be lower-case words joined by hyphens, e.g. end-money-bail");
    }
    Objects.requireNonNull(officeType, "officeType");
    Checks.nonBlank(title, "title");
    Checks.nonBlank(summary, "summary");
    Checks.nonBlank(rationale, "rationale");
    asks = Checks.list(asks, "asks");
    for (String ask : asks) {
      Checks.nonBlank(ask, "asks[]");
    }
  }
}
