package org.justicekit.scoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Demand;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.demands.PlatformScore;

/**
 * Reads an official's platform (plain text or HTML) and says, for each demand of their office,
 * whether it SUPPORTS, OPPOSES, is MIXED on, or does NOT_MENTION the demand, with the sentences
 * that show it.
 *
 * <pre>{@code
 * PlatformScorer scorer = PlatformScorer.create();          // build once, share
 * PlatformScore result = scorer.score(OfficeType.PROSECUTOR, text);
 * result.assessments().forEach(a -> System.out.println(a.demand().id() + " " + a.stance()));
 * }</pre>
 *
 * <p>The rules are data ({@link ScoringRules}) compiled at build time into one token automaton,
 * so scoring is a single linear pass with memory bounded by the longest sentence; there is no
 * regular expression over the input. Input longer than {@link Builder#maxInputChars(int)} is
 * refused with an {@link InputRejectedException}, never silently truncated; so is binary data.
 * Empty input scores every demand NOT_MENTIONED.
 *
 * <p>The contract, on any input: for a non-null office of the catalog and non-null text, a
 * {@code score} method returns a result or throws an {@link InputRejectedException} (a
 * {@link ScoringException}); it does not fail otherwise, and its time is linear in the input,
 * whatever separates the words (sentences are cut at a bounded number of tokens, Unicode
 * spaces count as spaces). Every demand with a stance other than NOT_MENTIONED has at least
 * one evidence sentence: the sentences that decided it are kept before any bare mention.
 *
 * <p>Immutable and thread-safe: build once and share, safe as {@code static final}. Each call
 * allocates only its own small working state.
 */
public final class PlatformScorer {
  /** The default maximum input: 4 MiB characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 4 << 20;
  /** The default cap on one sentence; longer run-on text is split at the next space. */
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 1_000;

  private final DemandCatalog catalog;
  private final ScoringRules rules;
  private final int maxInputChars;
  private final int maxSentenceChars;
  private final CompiledRules compiled;

  private PlatformScorer(Builder b) {
    this.catalog = b.catalog;
    this.rules = b.rules;
    this.maxInputChars = b.maxInputChars;
    this.maxSentenceChars = b.maxSentenceChars;
    this.compiled = CompiledRules.compile(rules, catalog);
  }

  /** A scorer for the standard catalog with the standard rules and default limits. */
  public static PlatformScorer create() {
    return Default.INSTANCE;
  }

  /** A builder starting from the standard catalog, rules and limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this scorer's settings, to make a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.catalog = catalog;
    b.rules = rules;
    b.maxInputChars = maxInputChars;
    b.maxSentenceChars = maxSentenceChars;
    return b;
  }

  /** The catalog whose demands this scorer assesses. */
  public DemandCatalog catalog() {
    return catalog;
  }

  /** The maximum input length in characters. */
  public int maxInputChars() {
    return maxInputChars;
  }

  /**
   * Scores a platform given as plain text or HTML (detected from the content).
   *
   * @throws IllegalArgumentException if the catalog has no demands of this office
   * @throws InputRejectedException if the input is too large or binary
   */
  public PlatformScore score(OfficeType office, String text) {
    return score(office, text, InputFormat.AUTO);
  }

  /**
   * Scores a platform document, using its content type.
   *
   * @throws InputRejectedException if the input is too large or binary
   */
  public PlatformScore score(OfficeType office, PlatformDocument document) {
    Objects.requireNonNull(document, "document");
    return score(office, document.content(),
        document.contentType() == PlatformDocument.ContentType.HTML ? InputFormat.HTML
            : InputFormat.TEXT);
  }

  /**
   * Scores UTF-8 bytes, refusing malformed UTF-8.
   *
   * @throws InputRejectedException if the bytes are not valid UTF-8, too large or binary
   */
  public PlatformScore score(OfficeType office, byte[] utf8, InputFormat format) {
    Objects.requireNonNull(utf8, "utf8");
    if (utf8.length / 4 > maxInputChars) {
      throw tooLarge(utf8.length / 4);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8)).toString();
    } catch (CharacterCodingException e) {
      throw new InputRejectedException(InputRejectedException.Reason.MALFORMED_ENCODING,
          "the input is not valid UTF-8; convert it to UTF-8 before scoring");
    }
    return score(office, text, format);
  }

  /**
   * Scores a platform in the given format.
   *
   * @throws IllegalArgumentException if the catalog has no demands of this office
   * @throws InputRejectedException if the input is too large or binary
   */
  public PlatformScore score(OfficeType office, String text, InputFormat format) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    boolean[] active = new boolean[compiled.demands.size()];
    boolean any = false;
    for (int d = 0; d < active.length; d++) {
      active[d] = compiled.demands.get(d).officeType().equals(office);
      any |= active[d];
    }
    if (!any) {
      throw new IllegalArgumentException("the catalog " + catalog.name()
          + " has no demands of office " + office + "; its offices are " + catalog.officeTypes());
    }
    if (text.length() > maxInputChars) {
      throw tooLarge(text.length());
    }
    checkNotBinary(text);
    boolean html = format == InputFormat.HTML
        || (format == InputFormat.AUTO && HtmlText.looksLikeHtml(text));
    String plain = html ? HtmlText.extract(text) : text;
    StanceReader reader = new StanceReader(compiled, active, maxSentenceChars);
    reader.read(plain);
    List<Assessment> assessments = new ArrayList<>();
    for (int d = 0; d < active.length; d++) {
      if (active[d]) {
        assessments.add(reader.assessment(d));
      }
    }
    return PlatformScore.of(office, assessments, plain);
  }

  /** The demands this scorer assesses for an office, in catalog order. */
  public List<Demand> demands(OfficeType office) {
    return catalog.demands(office);
  }

  private InputRejectedException tooLarge(long chars) {
    return new InputRejectedException(InputRejectedException.Reason.TOO_LARGE, String.format(
        Locale.ROOT, "the input has %,d characters, over the limit of %,d; split it or raise "
            + "the limit with PlatformScorer.builder().maxInputChars(n)", chars, maxInputChars));
  }

  private static void checkNotBinary(String text) {
    int control = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        if (c == 0) {
          throw binary();
        }
        control++;
      } else if (c == '\uFFFD') {
        control++;
      }
    }
    if (n > 0 && control * 20L > n) {
      throw binary();
    }
  }

  private static InputRejectedException binary() {
    return new InputRejectedException(InputRejectedException.Reason.BINARY,
        "the input looks like binary data, not text; pass the text or HTML of a platform page");
  }

  /**
   * Configures a {@link PlatformScorer}. Not thread-safe; the scorer it builds is.
   */
  public static final class Builder {
    private DemandCatalog catalog = DemandCatalog.standard();
    private ScoringRules rules = ScoringRules.standard();
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxSentenceChars = DEFAULT_MAX_SENTENCE_CHARS;

    private Builder() {}

    /** The catalog of demands to assess; custom catalogs need their own {@link #rules}. */
    public Builder catalog(DemandCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** The rules to compile for the catalog. */
    public Builder rules(ScoringRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /** The largest input accepted, in characters (default 4 MiB). */
    public Builder maxInputChars(int maxInputChars) {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException("maxInputChars must be positive");
      }
      this.maxInputChars = maxInputChars;
      return this;
    }

    /** The longest sentence before run-on text is split (default 1,000; at least 100). */
    public Builder maxSentenceChars(int maxSentenceChars) {
      if (maxSentenceChars < 100) {
        throw new IllegalArgumentException("maxSentenceChars must be at least 100");
      }
      this.maxSentenceChars = maxSentenceChars;
      return this;
    }

    /**
     * Compiles the rules against the catalog.
     *
     * @throws RulesException if the rules do not fit the catalog
     */
    public PlatformScorer build() {
      return new PlatformScorer(this);
    }
  }

  private static final class Default {
    static final PlatformScorer INSTANCE = new Builder().build();
  }
}
