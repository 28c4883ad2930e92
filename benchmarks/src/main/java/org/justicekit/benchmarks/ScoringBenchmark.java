package org.justicekit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Plain-text scoring against what it is measured by, all on the same page in the same run.
 *
 * <ul>
 *   <li>{@link #score}: {@link PlatformScorer#score(OfficeType, String, InputFormat)} on a
 *       prosecutor's platform: sentence splitting, tokenizing, stemming, phrase matching and
 *       the stance reading of every demand.
 *   <li>{@link #floor}: the physical limit of a scan, one pass over the same characters that
 *       classifies each as word or not and counts the words.
 *   <li>{@link #charSum}: a rawer floor, one pass adding up the characters; shown for
 *       reference only.
 *   <li>{@link #luceneEnglish}: what a developer would reach for instead, Lucene's
 *       {@code EnglishAnalyzer} (empty stop set) tokenizing and stemming the page, and
 *       nothing else.
 *   <li>{@link #regexAlternation}: the other thing a developer would write, one
 *       {@code java.util.regex} alternation of every topic phrase of the standard rules,
 *       counting matches.
 * </ul>
 *
 * <p>Throughput is in operations (pages) per second; {@code BenchmarkReport} turns it into
 * MB/s and ratios. Run from the repository root after {@code ./mvnw -q package -DskipTests}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc
 * }</pre>
 *
 * <p>or {@code benchmarks/run.sh --short} for every benchmark in a few minutes.
 */
public class ScoringBenchmark extends BenchmarkSettings {

  /** Page size in characters (the pages are ASCII, so also in bytes). */
  @Param({"2KB", "20KB", "200KB", "2MB"})
  public String size;

  private String text;
  private PlatformScorer scorer;
  private Analyzer analyzer;
  private Pattern alternation;

  /** Builds the page, the scorer and the baselines once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    text = PlatformCorpus.page(PlatformCorpus.Shape.TEXT, PlatformCorpus.parseSize(size), 42);
    scorer = PlatformScorer.create();
    analyzer = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    alternation = TopicPhrases.alternation();
    PlatformScore check = scorer.score(OfficeType.PROSECUTOR, text, InputFormat.TEXT);
    if (check.assessments().isEmpty()) {
      throw new IllegalStateException("the benchmark page scored nothing");
    }
  }

  /** Closes the Lucene analyzer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    analyzer.close();
  }

  /** Scores the page for a prosecutor. */
  @Benchmark
  public PlatformScore score() {
    return scorer.score(OfficeType.PROSECUTOR, text, InputFormat.TEXT);
  }

  /** Counts words in one pass: each character classified, nothing else. */
  @Benchmark
  public int floor() {
    return Floors.countWords(text);
  }

  /** Adds up the characters in one pass. */
  @Benchmark
  public int charSum() {
    return Floors.charSum(text);
  }

  /** Tokenizes and stems the page with Lucene's EnglishAnalyzer. */
  @Benchmark
  public long luceneEnglish() {
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      long sum = 0;
      while (stream.incrementToken()) {
        sum += term.length();
      }
      stream.end();
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the matches of one alternation of all topic phrases. */
  @Benchmark
  public int regexAlternation() {
    Matcher matcher = alternation.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
