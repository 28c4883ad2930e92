package org.justicekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The pressure log: dated scorecard snapshots, one per official per run, in one local file.
 *
 * <p><b>Format.</b> JSON lines (UTF-8, one {@link Snapshot} object per line, {@code "v": 1}).
 * Chosen over an embedded database (H2, SQLite) because the log is small (a few officials,
 * one line each per run), append-mostly and read whole; a text file needs no dependency and no
 * native code, survives upgrades of this tool, and a campaign can read it, diff it in git,
 * grep it or load it in a spreadsheet. Unknown fields are ignored, so later versions can add
 * fields.
 *
 * <p><b>Writes</b> are atomic and serialised. A writer takes an exclusive lock, within this
 * process (a {@link ReentrantLock} per file, because {@link FileChannel#lock()} is held per
 * JVM) and across processes ({@link FileChannel#lock()} on the sidecar {@code FILE.lock}). It
 * then reads the current file, writes every good line plus the new ones to a temporary file in
 * the same directory, forces it to disk, renames it over the store with {@link
 * StandardCopyOption#ATOMIC_MOVE} and forces the directory. A reader therefore sees either the
 * old file or the new one, never half of one; a crash leaves the last good state and at most a
 * stray temporary file, which the next writer deletes (any temporary file present while the
 * lock is held is stale).
 *
 * <p><b>Reads</b> need no lock. They tolerate damage that the writer never produces but a
 * hand edit, a copy cut short or a file system without atomic rename can: lines that do not
 * parse (such as a torn last line) are skipped and counted in {@link Contents#skipped()}, and
 * the next write leaves them out.
 *
 * <p>Thread-safe; instances are cheap and may be made per call.
 */
final class PressureLog {
  /** The format version written in every line. */
  static final int VERSION = 1;

  /** The largest store read, in bytes; far beyond years of weekly snapshots. */
  static final long MAX_BYTES = 256L << 20;

  private static final String TEMP_SUFFIX = ".tmp";
  private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final CrashPoint crashPoint;

  /** Where a test may stop a write, to act out a crash. */
  @FunctionalInterface
  interface CrashPoint {
    /** Called after the temporary file is on disk and before the rename. */
    void beforeRename(Path temp) throws IOException;
  }

  PressureLog(Path file) {
    this(file, temp -> { });
  }

  PressureLog(Path file, CrashPoint crashPoint) {
    this.file = file.toAbsolutePath().normalize();
    this.crashPoint = Objects.requireNonNull(crashPoint, "crashPoint");
  }

  Path file() {
    return file;
  }

  /**
   * One official's scorecard row on one day.
   *
   * @param key who: office type, district and holder, stable between runs
   * @param date the day of the snapshot
   * @param takenAt the instant it was written
   * @param place the place asked about
   * @param officeType e.g. {@code PROSECUTOR}
   * @param office the local title
   * @param name the holder, if known
   * @param source where the platform came from, if anywhere
   * @param fictional whether the platform was a bundled fictional example
   * @param pageFound whether a platform was found and scored
   * @param alignment the alignment, when scored
   * @param stances demand id to stance name, in catalog order; empty when not scored
   * @param evidence demand id to the deciding sentence, for demands with evidence
   * @param review demand ids whose reading was flagged for review; empty in logs written before
   *     readings were flagged
   */
  record Snapshot(String key, LocalDate date, Instant takenAt, String place, String officeType,
      String office, @Nullable String name, @Nullable String source, boolean fictional,
      boolean pageFound, @Nullable Double alignment, Map<String, String> stances,
      Map<String, String> evidence, java.util.Set<String> review) {
    Snapshot {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(takenAt, "takenAt");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(officeType, "officeType");
      Objects.requireNonNull(office, "office");
      stances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stances));
      evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
      review = java.util.Set.copyOf(review);
    }

    /** A snapshot without review flags. */
    Snapshot(String key, LocalDate date, Instant takenAt, String place, String officeType,
        String office, @Nullable String name, @Nullable String source, boolean fictional,
        boolean pageFound, @Nullable Double alignment, Map<String, String> stances,
        Map<String, String> evidence) {
      this(key, date, takenAt, place, officeType, office, name, source, fictional, pageFound,
          alignment, stances, evidence, java.util.Set.of());
    }

    String toJsonLine() {
      ObjectNode node = ScoreJson.MAPPER.createObjectNode();
      node.put("v", VERSION);
      node.put("key", key);
      node.put("date", date.toString());
      node.put("takenAt", takenAt.toString());
      node.put("place", place);
      node.put("officeType", officeType);
      node.put("office", office);
      node.put("name", name);
      node.put("source", source);
      node.put("fictional", fictional);
      node.put("pageFound", pageFound);
      if (alignment == null) {
        node.putNull("alignment");
      } else {
        node.put("alignment", alignment);
      }
      ObjectNode s = node.putObject("stances");
      stances.forEach(s::put);
      ObjectNode e = node.putObject("evidence");
      evidence.forEach(e::put);
      if (!review.isEmpty()) {
        var r = node.putArray("review");
        stances.keySet().stream().filter(review::contains).forEach(r::add);
      }
      return node.toString();
    }

    static Snapshot fromJson(JsonNode node) {
      if (!node.isObject() || node.path("v").asInt() != VERSION) {
        throw new IllegalArgumentException("not a version " + VERSION + " snapshot");
      }
      Map<String, String> stances = new LinkedHashMap<>();
      node.path("stances").properties().forEach(p -> stances.put(p.getKey(), p.getValue().asText()));
      Map<String, String> evidence = new LinkedHashMap<>();
      node.path("evidence").properties().forEach(p -> evidence.put(p.getKey(), p.getValue().asText()));
      java.util.Set<String> review = new java.util.HashSet<>();
      node.path("review").forEach(r -> review.add(r.asText()));
      JsonNode alignment = node.get("alignment");
      return new Snapshot(required(node, "key"), LocalDate.parse(required(node, "date")),
          Instant.parse(required(node, "takenAt")), required(node, "place"),
          required(node, "officeType"), required(node, "office"), optional(node, "name"),
          optional(node, "source"), node.path("fictional").asBoolean(),
          node.path("pageFound").asBoolean(),
          alignment == null || !alignment.isNumber() ? null : alignment.doubleValue(),
          stances, evidence, review);
    }

    private static String required(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual()) {
        throw new IllegalArgumentException("missing " + field);
      }
      return value.textValue();
    }

    private static @Nullable String optional(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || !value.isTextual() ? null : value.textValue();
    }
  }

  /**
   * What a read found.
   *
   * @param snapshots the good snapshots, in the order written
   * @param skipped how many lines could not be read (a torn last line, a hand edit)
   */
  record Contents(List<Snapshot> snapshots, int skipped) {
    Contents {
      snapshots = List.copyOf(snapshots);
    }
  }

  /** Whether the store exists. */
  boolean exists() {
    return Files.isRegularFile(file);
  }

  /**
   * Reads every good snapshot; an absent store reads as empty.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  Contents read() {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new IllegalArgumentException("the pressure log " + file + " has " + size
            + " bytes, over the limit of " + MAX_BYTES + "; start a new one with --store");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Contents(List.of(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pressure log " + file + ": " + e.getMessage(), e);
    }
    List<Snapshot> snapshots = new ArrayList<>();
    int skipped = 0;
    String text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        snapshots.add(Snapshot.fromJson(ScoreJson.MAPPER.readTree(line)));
      } catch (JsonProcessingException | RuntimeException e) {
        skipped++;
      }
    }
    return new Contents(snapshots, skipped);
  }

  /**
   * Appends snapshots atomically (see the class comment); returns the store's contents after.
   *
   * @throws UncheckedIOException if the store cannot be written; it is then unchanged
   */
  Contents append(List<Snapshot> added) {
    ReentrantLock local = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    try {
      Path parent = file.getParent();
      Files.createDirectories(parent);
      Path lockFile = parent.resolve(file.getFileName() + ".lock");
      try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
           FileLock lock = lockChannel.lock()) {
        assert lock.isValid();
        deleteStaleTemps(parent);
        Contents current = read();
        List<Snapshot> all = new ArrayList<>(current.snapshots());
        all.addAll(added);
        StringBuilder text = new StringBuilder();
        for (Snapshot s : all) {
          text.append(s.toJsonLine()).append('\n');
        }
        Path temp = Files.createTempFile(parent, file.getFileName() + ".", TEMP_SUFFIX);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer buffer = StandardCharsets.UTF_8.encode(text.toString());
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
          out.force(true);
        }
        crashPoint.beforeRename(temp);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.deleteIfExists(temp);
          throw new IOException("the file system of " + parent + " cannot rename atomically; "
              + "keep the pressure log on a local disk", e);
        }
        forceDirectory(parent);
        return new Contents(all, 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the pressure log " + file + ": "
          + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }

  private void deleteStaleTemps(Path dir) throws IOException {
    String prefix = file.getFileName() + ".";
    DirectoryStream.Filter<Path> stale = p -> p.getFileName().toString().startsWith(prefix)
        && p.getFileName().toString().endsWith(TEMP_SUFFIX);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, stale)) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Makes the rename durable; some platforms cannot open directories, which is harmless. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; its rename is durable on its own.
    }
  }
}
