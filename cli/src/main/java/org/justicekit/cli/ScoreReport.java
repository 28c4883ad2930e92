package org.justicekit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.PlatformScore;

/** Renders a scored platform for people: text, Markdown or a small HTML page. */
final class ScoreReport {
  private ScoreReport() {}

  static void text(PrintWriter out, String title, PlatformScore score) {
    out.printf(Locale.ROOT, "%s: %s platform, alignment %.1f%%%n", title, score.officeType(),
        score.alignment());
    for (Assessment a : score.assessments()) {
      out.printf(Locale.ROOT, "  %s%s %-13s %-34s %s%s%n", a.stance().symbol(), Review.mark(a),
          a.stance(), a.demand().id(), a.bestEvidence().map(e -> quote(e.text(), 110))
              .orElse(""), Review.suffix(a));
    }
  }

  static void markdown(PrintWriter out, String title, PlatformScore score) {
    out.printf(Locale.ROOT, "## %s%n%n%s platform, alignment **%.1f%%**%n%n", title,
        score.officeType(), score.alignment());
    out.println("| | stance | demand | evidence |");
    out.println("|---|---|---|---|");
    for (Assessment a : score.assessments()) {
      out.printf(Locale.ROOT, "| %s%s | %s | %s | %s%s |%n", a.stance().symbol(),
          a.needsReview() ? " " + Review.MARK : "", a.stance(), a.demand().title(),
          a.bestEvidence().map(e -> quote(e.text(), 300).replace("|", "\\|")).orElse(""),
          Review.suffix(a).replace("|", "\\|"));
    }
  }

  static void html(PrintWriter out, String title, PlatformScore score) {
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + esc(title) + "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        + "td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}table{border-collapse:collapse}"
        + ".SUPPORTS{background:#c8e6c9}.OPPOSES{background:#ffcdd2}.MIXED{background:#fff9c4}"
        + ".NOT_MENTIONED{background:#eeeeee}</style></head><body>");
    out.printf(Locale.ROOT, "<h1>%s</h1><p>%s platform, alignment %.1f%%</p>%n", esc(title),
        score.officeType(), score.alignment());
    out.println("<table><tr><th>demand</th><th>stance</th><th>evidence</th></tr>");
    for (Assessment a : score.assessments()) {
      out.printf(Locale.ROOT, "<tr class=\"%s\" data-needs-review=\"%s\"><td>%s</td>"
          + "<td>%s%s</td><td>%s%s</td></tr>%n", a.stance(), a.needsReview(),
          esc(a.demand().title()), a.stance(), a.needsReview() ? " " + Review.MARK : "",
          a.bestEvidence().map(e -> esc(e.text())).orElse(""),
          a.needsReview() ? "<br><em>needs review: " + esc(a.reviewNote()) + "</em>" : "");
    }
    out.println("</table></body></html>");
  }

  static String quote(String text, int max) {
    String t = text.replaceAll("\\s+", " ");
    return "\u201c" + (t.length() > max ? t.substring(0, max - 1) + "\u2026" : t) + "\u201d";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
