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
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The pressure log: dated scorecard snapshots, one per official per run, in one local file.
 *
 * <p><b>Format.</b> JSON lines (UTF-8). The first line is a header, {@code {"justicekit":
 * "pressure-log","format":2}}, so that a log is recognisable and a file that is not one is
 * never taken for one; then one {@link Snapshot} object per line ({@code "v": 1}). Chosen over
 * an embedded database (H2, SQLite) because the log is small (a few officials, one line each
 * per run), append-mostly and read whole; a text file needs no dependency and no native code,
 * survives upgrades of this tool, and a campaign can read it, diff it in git, grep it or load
 * it in a spreadsheet. Unknown fields are ignored, so later versions can add fields. A log of
 * the first format (snapshot lines without the header) is read as it is and gains the header
 * at its next write.
 *
 * <p><b>Refusals.</b> A file that neither starts with the header nor with a snapshot is not a
 * pressure log: it is refused, not read and never written. So are a file that is not a regular
 * file (a directory, a FIFO, a device), a read-only file and a file in a read-only directory.
 * A symbolic link is followed: the write goes to its target, and the link stays.
 *
 * <p><b>Writes</b> are atomic and serialised. A writer takes an exclusive lock, within this
 * process (a {@link ReentrantLock} per file, because {@link FileChannel#lock()} is held per
 * JVM) and across processes ({@link FileChannel#lock()} on the hidden sidecar {@code .FILE.lock}
 * next to the store; it is empty and stays there, because deleting a lock file races with the
 * next writer). It then reads the current file, writes the header, every snapshot plus the new
 * ones to a temporary file in the same directory with the store's permissions, forces it to
 * disk, renames it over the store with {@link StandardCopyOption#ATOMIC_MOVE} and forces the
 * directory. A reader therefore sees either the old file or the new one, never half of one; a
 * crash leaves the last good state and at most a stray temporary file, which the next writer
 * deletes (any temporary file present while the lock is held is stale).
 *
 * <p><b>Damage</b> that the writer never produces but a hand edit, a copy cut short or a file
 * system without atomic rename can (lines that do not parse, such as a torn last line) is
 * never dropped silently: a read lists the damaged lines in {@link Contents#damagedLines()},
 * and a write refuses to rewrite such a log unless asked to repair it, which first copies the
 * file to a backup next to it.
 *
 * <p>Thread-safe; instances are cheap and may be made per call.
 */
final class PressureLog {
  /** The snapshot version written in every snapshot line. */
  static final int VERSION = 1;

  /** The format of the file as a whole, written in its header line. */
  static final int FORMAT = 2;

  /** The first line of every log written by this version. */
  static final String HEADER = "{\"justicekit\":\"pressure-log\",\"format\":" + FORMAT + "}";

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
   * @param damagedLines the 1-based numbers of the lines that could not be read (a torn last
   *     line, a hand edit), in file order
   * @param legacy whether the file is of the first format, without the header line
   */
  record Contents(List<Snapshot> snapshots, List<Integer> damagedLines, boolean legacy) {
    Contents {
      snapshots = List.copyOf(snapshots);
      damagedLines = List.copyOf(damagedLines);
    }

    /** How many lines could not be read. */
    int skipped() {
      return damagedLines.size();
    }
  }

  /** Whether something is at the store's path (following a link). */
  boolean exists() {
    return Files.exists(file);
  }

  /**
   * Reads every good snapshot; an absent store reads as empty.
   *
   * @throws CliException (exit 2) if the file is not a regular file or not a pressure log
   * @throws UncheckedIOException if the file cannot be read
   */
  Contents read() {
    return read(file);
  }

  private Contents read(Path path) {
    byte[] bytes;
    try {
      if (!Files.exists(path)) {
        return new Contents(List.of(), List.of(), false);
      }
      if (!Files.isRegularFile(path)) {
        // a FIFO would block the read forever, a device could be endless
        throw CliException.badInput(path + " is not a regular file, so it cannot be a "
            + "pressure log; give --store FILE with an ordinary file");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw CliException.badInput("the pressure log " + path + " has " + size
            + " bytes, over the limit of " + MAX_BYTES + "; start a new one with --store");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return new Contents(List.of(), List.of(), false);
    } catch (AccessDeniedException e) {
      throw CliException.badInput("cannot read the pressure log " + path + ": permission denied");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pressure log " + path + ": "
          + e.getMessage(), e);
    }
    List<Snapshot> snapshots = new ArrayList<>();
    List<Integer> damaged = new ArrayList<>();
    String text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
    String[] lines = text.split("\n", -1);
    boolean first = true;
    boolean legacy = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (first) {
        first = false;
        Integer format = headerFormat(line);
        if (format != null) {
          if (format > FORMAT) {
            throw CliException.badInput("the pressure log " + path + " was written by a newer "
                + "version of JusticeKit (format " + format + "); upgrade to read it");
          }
          continue;
        }
        // no header: a log of the first format starts with a snapshot; anything else is not ours
        Snapshot s = parse(line);
        if (s == null) {
          throw CliException.badInput(path + " is not a JusticeKit pressure log (its first line "
              + "is neither the log header nor a snapshot); it was left as it is: give --store "
              + "with a new file name or an existing log");
        }
        legacy = true;
        snapshots.add(s);
        continue;
      }
      Snapshot s = parse(line);
      if (s == null) {
        damaged.add(i + 1);
      } else {
        snapshots.add(s);
      }
    }
    return new Contents(snapshots, damaged, legacy);
  }

  private static @Nullable Integer headerFormat(String line) {
    try {
      JsonNode node = ScoreJson.MAPPER.readTree(line);
      if (node != null && node.isObject() && "pressure-log".equals(node.path("justicekit").asText())) {
        return node.path("format").asInt(0);
      }
    } catch (JsonProcessingException e) {
      // not a header
    }
    return null;
  }

  private static @Nullable Snapshot parse(String line) {
    try {
      return Snapshot.fromJson(ScoreJson.MAPPER.readTree(line));
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Appends snapshots atomically (see the class comment); returns the store's contents after.
   * Refuses a log with damaged lines.
   *
   * @throws CliException (exit 2) if the store is not a log, is read-only, or is damaged
   * @throws UncheckedIOException if the store cannot be written; it is then unchanged
   */
  Contents append(List<Snapshot> added) {
    return append(added, false).contents();
  }

  /**
   * What a write did.
   *
   * @param contents the store's contents after the write
   * @param backup where the damaged log was copied before a repair; null when there was none
   * @param dropped the numbers of the damaged lines left out by a repair
   */
  record Written(Contents contents, @Nullable Path backup, List<Integer> dropped) {
    Written {
      dropped = List.copyOf(dropped);
    }
  }

  /**
   * Appends snapshots atomically. With {@code repair}, a log with damaged lines is first copied
   * to a backup next to it and then rewritten without them; without it, such a log is refused.
   *
   * @throws CliException (exit 2) if the store is not a log, is read-only, or is damaged and
   *     {@code repair} is false
   * @throws UncheckedIOException if the store cannot be written; it is then unchanged
   */
  Written append(List<Snapshot> added, boolean repair) {
    Path target = target();
    ReentrantLock local = LOCKS.computeIfAbsent(target, f -> new ReentrantLock());
    local.lock();
    try {
      Path parent = target.getParent();
      Files.createDirectories(parent);
      checkWritable(target, parent);
      Path lockFile = parent.resolve("." + target.getFileName() + ".lock");
      try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
           FileLock lock = lockChannel.lock()) {
        assert lock.isValid();
        deleteStaleTemps(target, parent);
        Contents current = read(target);
        Path backup = null;
        if (!current.damagedLines().isEmpty()) {
          if (!repair) {
            throw CliException.badInput(damageMessage(target, current.damagedLines()));
          }
          backup = backup(target);
        }
        List<Snapshot> all = new ArrayList<>(current.snapshots());
        all.addAll(added);
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Snapshot s : all) {
          text.append(s.toJsonLine()).append('\n');
        }
        Path temp = Files.createTempFile(parent, target.getFileName() + ".", TEMP_SUFFIX);
        copyPermissions(target, temp);
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
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.deleteIfExists(temp);
          throw new IOException("the file system of " + parent + " cannot rename atomically; "
              + "keep the pressure log on a local disk", e);
        }
        forceDirectory(parent);
        return new Written(new Contents(all, List.of(), false), backup, current.damagedLines());
      }
    } catch (AccessDeniedException e) {
      throw CliException.badInput("cannot write the pressure log " + target + ": permission "
          + "denied on " + e.getFile() + "; nothing was changed");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the pressure log " + target + ": "
          + e.getMessage(), e);
    } finally {
      local.unlock();
    }
  }

  /**
   * Refuses now what {@link #append} would refuse for the file itself (a link to nothing, not a
   * regular file, read-only, in a read-only directory), so a command can fail before its slow
   * part.
   *
   * @throws CliException (exit 2) with the same message as the write would give
   */
  void checkWritable() {
    Path target = target();
    try {
      Path parent = target.getParent();
      Path existing = parent;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      checkWritable(target, existing == null ? parent : existing);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the pressure log " + target + ": "
          + e.getMessage(), e);
    }
  }

  /** The file a write replaces: the store, or the target of the link the store is. */
  private Path target() {
    if (!Files.isSymbolicLink(file)) {
      return file;
    }
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw CliException.badInput("the pressure log " + file + " is a symbolic link to a file "
          + "that does not exist; point it at a log or give --store another file");
    }
  }

  /**
   * Refuses a store or directory whose owner may not write it. The permission bits are read
   * rather than asking the system, which lets the superuser write anything.
   */
  private static void checkWritable(Path target, Path parent) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw CliException.badInput(target + " is not a regular file, so it cannot be a "
          + "pressure log; give --store FILE with an ordinary file");
    }
    if (Files.exists(target) && !ownerMayWrite(target)) {
      throw CliException.badInput("cannot write the pressure log " + target + ": permission "
          + "denied (the file is read-only); nothing was changed");
    }
    if (!ownerMayWrite(parent)) {
      throw CliException.badInput("cannot write the pressure log " + target + ": permission "
          + "denied (the directory " + parent + " is read-only)");
    }
  }

  private static boolean ownerMayWrite(Path path) throws IOException {
    if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
    }
    return Files.isWritable(path);
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (Files.exists(from)
        && Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
      Files.setPosixFilePermissions(to, permissions);
    }
  }

  /** Copies the store to the first free {@code FILE.bak}, {@code FILE.bak.2}, ... */
  private static Path backup(Path target) throws IOException {
    Path backup = target.resolveSibling(target.getFileName() + ".bak");
    for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
      backup = target.resolveSibling(target.getFileName() + ".bak." + n);
    }
    Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    return backup;
  }

  static String damageMessage(Path file, List<Integer> lines) {
    return String.format(Locale.ROOT, "the pressure log %s has %d damaged line%s (%s) that "
        + "track would drop; nothing was written. Fix %s by hand, or run track again with "
        + "--repair, which first keeps a copy of the log in %s.bak", file, lines.size(),
        lines.size() == 1 ? "" : "s", lineList(lines), lines.size() == 1 ? "it" : "them",
        file.getFileName());
  }

  static String lineList(List<Integer> lines) {
    StringBuilder b = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    for (int i = 0; i < Math.min(lines.size(), 10); i++) {
      b.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    return b.append(lines.size() > 10 ? ", ..." : "").toString();
  }

  private static void deleteStaleTemps(Path target, Path dir) throws IOException {
    String prefix = target.getFileName() + ".";
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
