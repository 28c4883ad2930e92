package org.justicekit.officials.openstates;

import org.justicekit.officials.OfficialsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OcdId;
import org.justicekit.demands.Official;
import org.justicekit.officials.openstates.OpenStatesPersonFile.Candidate;

/**
 * Imports the mayors from a local checkout of <a href="https://github.com/openstates/people">
 * openstates/people</a> ({@code data/<st>/municipalities/*.yml}): for each place the latest
 * mayoral term on file, with terms that ended before the as-of date flagged as not current.
 *
 * <pre>{@code
 * OpenStatesMayors mayors = OpenStatesImport.builder()
 *     .asOf(LocalDate.of(2026, 11, 25))
 *     .build()
 *     .load(Path.of("people"));
 * OfficialsProvider openStates = mayors.provider();
 * }</pre>
 *
 * <p>How the data is read: only {@code type: mayor} roles count (earlier legislative roles are
 * ignored); a file's term is its latest mayoral {@code end_date}; when several files name a
 * mayor for the same place (Open States keeps predecessors), the latest term wins and the others
 * are listed in the record's notes. Quoted and unquoted dates are both read. Jurisdiction ids
 * become division ids ({@code ocd-jurisdiction/} to {@code ocd-division/}, {@code /government}
 * dropped), with stray underscores trimmed and known wrong ids corrected. A malformed or
 * incomplete file is skipped and reported in {@link OpenStatesMayors#warnings()}; it never
 * stops the import.
 *
 * <p>Immutable and thread-safe; {@link #load(Path)} reads the files anew on each call. Build once
 * and keep it, or just call {@link #fromCheckout(Path)}.
 */
public final class OpenStatesImport {
  /** The default cap on a single file's size; Open States person files are about 1 KB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1L << 20;

  private static final System.Logger LOG = System.getLogger(OpenStatesImport.class.getName());

  private final @Nullable LocalDate asOf;
  private final long maxFileBytes;

  private OpenStatesImport(Builder builder) {
    this.asOf = builder.asOf;
    this.maxFileBytes = builder.maxFileBytes;
  }

  /** A builder with the defaults: as of today (UTC), files up to 1 MiB. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this import's settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.asOf = asOf;
    builder.maxFileBytes = maxFileBytes;
    return builder;
  }

  /**
   * Imports the mayors from a checkout, judging terms as of today (UTC).
   *
   * @param checkout the root of the checkout, the directory that holds {@code data/}
   * @throws OpenStatesCheckoutException if the directory is not an Open States people checkout
   */
  public static OpenStatesMayors fromCheckout(Path checkout) {
    return builder().build().load(checkout);
  }

  /** The date terms are judged against, if fixed; otherwise each load uses today (UTC). */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The largest file read; bigger files are skipped with a warning. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Imports the mayors from a checkout.
   *
   * @param checkout the root of the checkout, the directory that holds {@code data/}
   * @throws OpenStatesCheckoutException if the directory is not an Open States people checkout
   *     or cannot be listed
   */
  public OpenStatesMayors load(Path checkout) {
    Objects.requireNonNull(checkout, "checkout");
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    List<Path> states = stateFolders(checkout);

    List<OpenStatesWarning> warnings = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<OcdId, List<Candidate>> byDivision = new TreeMap<>(Comparator.comparing(OcdId::value));
    int files = 0;
    for (Path state : states) {
      String prefix = "data/" + state.getFileName() + "/";
      Path list = state.resolve("municipalities.yml");
      if (Files.isRegularFile(list)) {
        byte[] bytes = read(list, prefix + "municipalities.yml", warnings);
        if (bytes != null) {
          try {
            OpenStatesPersonFile.placeNames(bytes).forEach(names::putIfAbsent);
          } catch (IllegalArgumentException e) {
            warnings.add(new OpenStatesWarning(prefix + "municipalities.yml",
                "place names not read (" + e.getMessage() + "); names come from the ids"));
          }
        }
      }
      for (Path file : personFiles(state.resolve("municipalities"), prefix, warnings)) {
        String relative = prefix + "municipalities/" + file.getFileName();
        byte[] bytes = read(file, relative, warnings);
        if (bytes == null) {
          continue;
        }
        files++;
        OpenStatesPersonFile.Parsed parsed = OpenStatesPersonFile.parse(relative, bytes);
        warnings.addAll(parsed.warnings());
        for (Candidate candidate : parsed.candidates()) {
          byDivision.computeIfAbsent(candidate.ocdId(), k -> new ArrayList<>()).add(candidate);
        }
      }
    }

    List<OpenStatesMayor> mayors = new ArrayList<>();
    byDivision.forEach((division, candidates) ->
        mayors.add(choose(candidates, names, date, warnings)));
    OpenStatesMayors result = new OpenStatesMayors(date, files, mayors, warnings);
    LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT,
        "Open States import of %s: %d files, %d places, %d current as of %s, %d warnings",
        checkout, result.filesRead(), result.mayors().size(), result.currentCount(), date,
        result.warnings().size()));
    return result;
  }

  @Override
  public String toString() {
    return "OpenStatesImport{asOf=" + (asOf == null ? "today" : asOf)
        + ", maxFileBytes=" + maxFileBytes + "}";
  }

  /** The latest term wins; ties go to the later start, then the first file by name. */
  private static OpenStatesMayor choose(List<Candidate> candidates, Map<String, String> names,
      LocalDate asOf, List<OpenStatesWarning> warnings) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(Candidate::end, Comparator.reverseOrder())
        .thenComparing(Candidate::start, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Candidate::file));
    Candidate chosen = sorted.get(0);
    List<String> notes = new ArrayList<>(chosen.corrections());
    for (Candidate other : sorted.subList(1, sorted.size())) {
      if (other.end().equals(chosen.end())) {
        warnings.add(new OpenStatesWarning(other.file(), String.format(Locale.ROOT,
            "%s also names a mayor of %s with a term ending %s; kept %s from %s",
            other.personName(), chosen.ocdId(), other.end(), chosen.personName(), chosen.file())));
      }
      notes.add(String.format(Locale.ROOT, "replaces %s, term ended %s (%s)",
          other.personName(), other.end(), other.file()));
    }
    boolean current = !chosen.end().isBefore(asOf);
    Official official = new Official(chosen.personName(), chosen.party(), chosen.website(),
        chosen.emails(), chosen.phones(), chosen.channels(), current ? asOf : chosen.end(),
        chosen.sources());
    OcdId id = chosen.ocdId();
    String state = id.segment("state").or(() -> id.segment("district")).orElseThrow()
        .toUpperCase(Locale.ROOT);
    String name = names.getOrDefault(chosen.jurisdiction(), titleCase(id.last().id()));
    return new OpenStatesMayor(id, chosen.jurisdiction(), name, state, official, chosen.start(),
        chosen.end(), current, chosen.personId(), chosen.file(), notes);
  }

  private static List<Path> stateFolders(Path checkout) {
    String shown = checkout.toString();
    if (!Files.isDirectory(checkout)) {
      throw new OpenStatesCheckoutException(shown, "'" + shown + "' is not a directory: give the "
          + "root of a checkout of https://github.com/openstates/people", null);
    }
    Path data = checkout.resolve("data");
    if (!Files.isDirectory(data)) {
      String hint = Files.isDirectory(checkout.resolve("municipalities"))
          || "data".equals(String.valueOf(checkout.getFileName()))
          ? " (it looks like a folder inside one: give the checkout's root)" : "";
      throw new OpenStatesCheckoutException(shown, "'" + shown + "' is not an Open States people "
          + "checkout: it has no data/ folder" + hint, null);
    }
    List<Path> states;
    try (Stream<Path> entries = Files.list(data)) {
      states = entries
          .filter(p -> Files.isDirectory(p.resolve("municipalities"))
              || Files.isRegularFile(p.resolve("municipalities.yml")))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new OpenStatesCheckoutException(shown, "cannot list '" + data + "': " + e.getMessage(),
          e);
    }
    if (states.isEmpty()) {
      throw new OpenStatesCheckoutException(shown, "'" + shown + "' is not an Open States people "
          + "checkout: no data/<st>/municipalities/ folder or data/<st>/municipalities.yml", null);
    }
    return states;
  }

  private static List<Path> personFiles(Path folder, String prefix,
      List<OpenStatesWarning> warnings) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".yml") || name.endsWith(".yaml")) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      warnings.add(new OpenStatesWarning(prefix + "municipalities/",
          "folder skipped: cannot list it (" + e.getMessage() + ")"));
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  private byte @Nullable [] read(Path file, String relative, List<OpenStatesWarning> warnings) {
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        warnings.add(new OpenStatesWarning(relative, String.format(Locale.ROOT,
            "skipped: %d bytes is more than the %d-byte limit", size, maxFileBytes)));
        return null;
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      warnings.add(new OpenStatesWarning(relative, "skipped: cannot read it (" + e + ")"));
      return null;
    }
  }

  private static String titleCase(String slug) {
    StringBuilder out = new StringBuilder(slug.length());
    boolean start = true;
    for (char c : slug.toCharArray()) {
      if (c == '_') {
        out.append(' ');
        start = true;
      } else {
        out.append(start ? Character.toUpperCase(c) : c);
        start = c == '-' || c == '.';
      }
    }
    return out.toString();
  }

  /** Builds an {@link OpenStatesImport}. Not thread-safe; use one per thread. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

    private Builder() {}

    /**
     * Judges terms as of this date: a term that ended before it is not current. The default
     * is the day of each load (UTC); fix it for reproducible output.
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Skips (with a warning) files larger than this.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxFileBytes(long maxFileBytes) {
      if (maxFileBytes <= 0) {
        throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
      }
      this.maxFileBytes = maxFileBytes;
      return this;
    }

    /** The import with these settings. */
    public OpenStatesImport build() {
      return new OpenStatesImport(this);
    }
  }
}
