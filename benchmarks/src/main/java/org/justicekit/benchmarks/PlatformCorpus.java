package org.justicekit.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic platform pages for the benchmarks: deterministic for a seed, of an exact length,
 * as plain text or as an HTML page.
 *
 * <p>A page reads like a prosecutor's campaign site: sections on the reforms the scorer looks
 * for (bail, juvenile transfer, declined offences, police misconduct, data, immigration), with
 * negations, hedges and reported speech, between longer sections on topics it must pass over
 * (budgets, staffing, victims' services, technology). About a third of the sentences touch a
 * demand. The HTML shape adds what scraped pages carry: a head with style and script, a
 * navigation bar, headings, bullet lists, a table and a footer. Every sentence is written for
 * this project; names and places are made up.
 */
public final class PlatformCorpus {

  /** How a page is laid out. */
  public enum Shape {
    /** Plain text: headings on their own lines, paragraphs separated by blank lines. */
    TEXT,
    /** An HTML document with navigation, scripts, styles, lists and a table. */
    HTML
  }

  private static final List<String> HEADINGS = List.of(
      "Ending Wealth-Based Detention", "Children Belong in Juvenile Court",
      "Focusing on Serious Harm", "Holding Police Accountable", "Open Data, Open Office",
      "Fair Treatment for Immigrant Families", "Supporting Victims", "A Modern Office",
      "Budget and Staffing", "Community Partnerships");

  private static final List<String> RELEVANT = List.of(
      "As district attorney I will not request cash bail for any misdemeanor or nonviolent "
          + "felony in {county} County.",
      "Money bail jails people who are poor, not people who are dangerous, and I will end it.",
      "Where someone poses a real danger we will ask for a detention hearing instead of a "
          + "monetary bond.",
      "My opponent has said cash bail is a valuable tool, but {n} people sat in the county jail "
          + "last year only because they could not pay.",
      "I will never transfer a child under {age} to adult court.",
      "Our office will oppose every request to hold teenagers in the adult jail.",
      "Direct file is a relic, and I will rescind the policy that allows it.",
      "We will decline to prosecute fare evasion, trespassing, sex work and simple drug "
          + "possession.",
      "Shoplifting under ${n} will be diverted to community programs instead of charged.",
      "Critics argue that declining low-level cases invites disorder, but the data from {year} "
          + "says otherwise.",
      "We may reduce prosecutions of petty offences on a case by case basis.",
      "An independent prosecutor should handle every case of police misconduct, free of any "
          + "conflict of interest.",
      "I will create a police accountability unit that reports to me, not to the police chief.",
      "The police union says officers should not be second-guessed, and I do not agree.",
      "We will publish a data dashboard of plea offers made and accepted, updated every month.",
      "Charging decisions, sentencing recommendations by charge and case outcomes since {year} "
          + "will be open to the public.",
      "Prosecutors in my office will weigh the immigration consequences of every plea.",
      "We will not cooperate with ICE detainers or with prosecutions aimed at immigrants.",
      "I won\u2019t seek cash bail, and I won\u2019t charge kids as adults.",
      "If the legislature acts, we could pilot a pretrial program without money bail.");

  private static final List<String> IRRELEVANT = List.of(
      "The office employs {n} attorneys and support staff across three courthouses.",
      "Our victim advocates answered more than {n} calls in {year}.",
      "I grew up in {county} County and graduated from the state university in {year}.",
      "We will replace the case management system, which was installed in {year}.",
      "The budget for the coming year is ${n} thousand, less than the office spent in {year}.",
      "Community meetings will be held every month in each of the county's {age} towns.",
      "Our domestic violence unit will add {age} new positions.",
      "Every attorney will receive training on trial advocacy and legal writing.",
      "Crime rates in {county} have changed little since {year}, despite the headlines.",
      "I have tried more than {n} cases to verdict as a line prosecutor.",
      "The debate over defunding the police will not be settled in this office.",
      "Volunteers knocked on {n} doors last weekend, and we thank every one of them.",
      "We will partner with schools, churches and local businesses on prevention.",
      "The office's website will be available in Spanish, Vietnamese and Tagalog.",
      "Paid parental leave will be offered to every employee of the office.",
      "Our conviction integrity unit reviewed {age} old cases last year.",
      "Elder fraud and wage theft will get dedicated prosecutors.",
      "Traffic safety near schools is a priority for families across {county}.",
      "Records requests will be answered within {age} business days.",
      "Join us at the campaign office on Maple Street on Saturday at {age} o'clock.");

  private static final List<String> COUNTIES = List.of(
      "Ridgeway", "Alder", "Marlow", "Pine Hollow", "Eastbrook", "Calder", "Wynn", "Stoneford");

  private PlatformCorpus() {
  }

  /** Parses a size such as {@code 2KB}, {@code 20KB} or {@code 2MB} into a character count. */
  public static int parseSize(String size) {
    String s = size.trim().toUpperCase(Locale.ROOT);
    if (s.endsWith("MB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) << 20;
    }
    if (s.endsWith("KB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) << 10;
    }
    return Integer.parseInt(s);
  }

  /** A page of exactly {@code chars} characters (ASCII apart from a few curly quotes). */
  public static String page(Shape shape, int chars, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(chars + 4096);
    String footer;
    if (shape == Shape.HTML) {
      out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .append("<title>Priorities | Campaign for District Attorney</title>")
          .append("<style>body{font-family:sans-serif;margin:0}nav a{padding:0 8px}"
              + ".donate{background:#c00;color:#fff}</style>")
          .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){"
              + "dataLayer.push(arguments);}gtag('js',new Date());</script></head>\n<body>")
          .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/about\">About</a>"
              + "</li><li><a href=\"/priorities\">Priorities</a></li><li><a class=\"donate\" "
              + "href=\"/donate\">Donate</a></li></ul></nav>\n<main><h1>Priorities</h1>\n");
      footer = "</main>\n<footer><p>Paid for by the Committee for a Fair County.</p>"
          + "</footer></body></html>\n";
    } else {
      out.append("PRIORITIES\n\n");
      footer = "\nPaid for by the Committee for a Fair County.\n";
    }
    int section = 0;
    while (out.length() < chars - footer.length()) {
      String heading = HEADINGS.get(section++ % HEADINGS.size());
      if (shape == Shape.HTML) {
        out.append("<section><h2>").append(heading).append("</h2>\n");
      } else {
        out.append(heading).append("\n\n");
      }
      int paragraphs = 1 + random.nextInt(3);
      for (int p = 0; p < paragraphs; p++) {
        boolean list = shape == Shape.HTML && random.nextInt(4) == 0;
        out.append(list ? "<ul>" : shape == Shape.HTML ? "<p>" : "");
        int sentences = 2 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
          List<String> pool = random.nextInt(3) == 0 ? RELEVANT : IRRELEVANT;
          String sentence = fill(pool.get(random.nextInt(pool.size())), random);
          if (list) {
            out.append("<li>").append(sentence).append("</li>");
          } else {
            out.append(s == 0 ? "" : " ").append(sentence);
          }
        }
        out.append(list ? "</ul>\n" : shape == Shape.HTML ? "</p>\n" : "\n\n");
      }
      if (shape == Shape.HTML && random.nextInt(5) == 0) {
        out.append("<table><tr><th>Year</th><th>Cases filed</th></tr><tr><td>")
            .append(2015 + random.nextInt(10)).append("</td><td>")
            .append(1000 + random.nextInt(9000)).append("</td></tr></table>\n");
      }
      if (shape == Shape.HTML) {
        out.append("</section>\n");
      }
    }
    // Cut to length at a tag or sentence boundary, pad with spaces, then close the page.
    int keep = chars - footer.length();
    if (out.length() > keep) {
      int cut = out.lastIndexOf(shape == Shape.HTML ? ">" : ". ", keep - 1);
      out.setLength(cut < 0 ? keep : cut + 1);
    }
    while (out.length() < keep) {
      out.append(' ');
    }
    out.append(footer);
    return out.toString();
  }

  private static String fill(String template, SplittableRandom random) {
    return template
        .replace("{county}", COUNTIES.get(random.nextInt(COUNTIES.size())))
        .replace("{n}", Integer.toString(50 + random.nextInt(5000)))
        .replace("{age}", Integer.toString(12 + random.nextInt(6)))
        .replace("{year}", Integer.toString(2008 + random.nextInt(16)));
  }
}
