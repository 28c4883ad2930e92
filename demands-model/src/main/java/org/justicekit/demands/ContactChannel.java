package org.justicekit.demands;

/**
 * A social or messaging account of an official.
 *
 * @param type the service, lower case, e.g. {@code twitter}, {@code facebook}
 * @param id the handle or URL on that service
 */
public record ContactChannel(String type, String id) {
  /** Validates that neither part is blank. */
  public ContactChannel {
    Checks.nonBlank(type, "type");
    Checks.nonBlank(id, "id");
  }
}
