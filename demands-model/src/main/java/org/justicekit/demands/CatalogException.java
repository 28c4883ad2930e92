package org.justicekit.demands;

import org.jspecify.annotations.Nullable;

/**
 * A demand catalog could not be loaded. The message names the source, the field and the
 * problem; the same three are available as data.
 */
public final class CatalogException extends DemandsException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final @Nullable String field;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source where the catalog came from (a file name, a resource, "string")
   * @param field the JSON path of the bad field, such as {@code demands[2].title}, or null
   * @param problem what is wrong with it
   * @param cause the underlying error, or null
   */
  public CatalogException(
      String source, @Nullable String field, String problem, @Nullable Throwable cause) {
    super(
        "invalid demand catalog " + source + (field == null ? "" : " at " + field) + ": " + problem,
        cause);
    this.source = source;
    this.field = field;
    this.problem = problem;
  }

  /** Where the catalog came from. */
  public String source() {
    return source;
  }

  /** The JSON path of the bad field, or null when the problem is with the whole document. */
  public @Nullable String field() {
    return field;
  }

  /** What is wrong, without the source and field. */
  public String problem() {
    return problem;
  }
}
