package org.justicekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Demand;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;
import org.justicekit.demands.Stance;

/**
 * Renders a {@link Scorecard}: a terminal table, JSON (camelCase), Markdown, or one
 * self-contained HTML page (inline CSS, no scripts, no external resources, all text escaped).
 */
final class ScorecardReport {
  private ScorecardReport() {}

  static void render(PrintWriter out, Scorecard card, ScoreCommand.Format format) {
    switch (format) {
      case text -> text(out, card);
      case json -> out.println(json(card).toPrettyString());
      case markdown -> markdown(out, card);
      case html -> html(out, card);
    }
    out.flush();
  }

  // ---------------------------------------------------------------- text

  static void text(PrintWriter out, Scorecard card) {
    out.printf(Locale.ROOT, "JusticeKit scorecard: %s (%s)%n", card.place(), card.date());
    for (String note : provenance(card)) {
      out.println("! " + note);
    }
    for (String note : card.notes()) {
      out.println("  " + note);
    }
    if (card.rows().isEmpty()) {
      out.println();
      out.println("No offices found for this place.");
      return;
    }
    for (OfficeType type : card.officeTypes()) {
      List<Demand> demands = card.demands(type);
      List<Scorecard.Row> rows = card.rows(type);
      int width = 30;
      for (Scorecard.Row row : rows) {
        width = Math.max(width, Math.min(46, row.label().length() + 4));
      }
      out.println();
      StringBuilder header = new StringBuilder(pad(type.name(), width));
      for (int i = 0; i < demands.size(); i++) {
        header.append(pad("[" + (i + 1) + "]", 5));
      }
      header.append("aligned");
      out.println(header.toString().stripTrailing());
      for (Scorecard.Row row : rows) {
        StringBuilder line = new StringBuilder(pad("  " + cut(row.label(), width - 4), width));
        for (Demand d : demands) {
          line.append(pad(" " + stance(row, d).map(Stance::symbol).orElse(" ")
              + (flagged(row, d) ? Review.MARK : ""), 5));
        }
        line.append(row.score() == null ? "  -" : String.format(Locale.ROOT, "%5.1f%%",
            row.score().alignment()));
        out.println(line.toString().stripTrailing());
        out.println("    " + officeLine(row));
        if (row.problem() != null) {
          out.println("    no score: " + row.problem());
        }
      }
      for (int i = 0; i < demands.size(); i++) {
        out.printf(Locale.ROOT, "  [%d] %-34s %s%n", i + 1, demands.get(i).id(),
            demands.get(i).title());
      }
    }
    out.println();
    out.println("Legend: \u2714 supports  \u25d0 mixed  \u2718 opposes  \u00b7 not mentioned  "
        + Review.MARK + " needs review");
    out.println();
    out.println("Evidence");
    for (Scorecard.Row row : card.rows()) {
      if (row.score() == null) {
        continue;
      }
      out.printf(Locale.ROOT, "  %s%n", heading(row));
      for (Assessment a : row.score().assessments()) {
        out.printf(Locale.ROOT, "    %s%s %-34s %s%s%n", a.stance().symbol(), Review.mark(a),
            a.demand().id(), a.bestEvidence().map(e -> ScoreReport.quote(e.text(), 100))
                .orElse("-"), Review.suffix(a));
      }
    }
    out.println();
    out.println("Sources");
    for (Scorecard.Row row : card.rows()) {
      out.printf(Locale.ROOT, "  %s: %s%n", heading(row), String.join(", ", sources(row)));
    }
  }

  // ---------------------------------------------------------------- json

  static ObjectNode json(Scorecard card) {
    ObjectNode root = ScoreJson.MAPPER.createObjectNode();
    root.put("place", card.place());
    root.put("date", card.date().toString());
    root.put("offline", card.offline());
    root.put("fictional", card.anyFictional());
    ArrayNode notes = root.putArray("notes");
    provenance(card).forEach(notes::add);
    card.notes().forEach(notes::add);
    ArrayNode demands = root.putArray("demands");
    for (Demand d : card.demands()) {
      ObjectNode node = demands.addObject();
      node.put("id", d.id());
      node.put("officeType", d.officeType().name());
      node.put("title", d.title());
    }
    ArrayNode officials = root.putArray("officials");
    for (Scorecard.Row row : card.rows()) {
      ObjectNode node = officials.addObject();
      node.put("officeType", row.office().officeType().name());
      node.put("title", row.office().title());
      node.put("elected", row.office().elected());
      ObjectNode jurisdiction = node.putObject("jurisdiction");
      jurisdiction.put("name", row.office().jurisdiction().name());
      jurisdiction.put("ocdId", row.office().jurisdiction().ocdId().value());
      Official holder = row.holder();
      node.put("name", holder == null ? null : holder.name());
      node.put("asOf", holder == null || holder.asOf() == null ? null : holder.asOf().toString());
      ArrayNode sources = node.putArray("sources");
      if (holder != null) {
        holder.sources().forEach(s -> sources.add(s.toString()));
      }
      Scorecard.PlatformSource platform = row.platform();
      if (platform == null) {
        node.putNull("platform");
      } else {
        ObjectNode p = node.putObject("platform");
        p.put("source", platform.label());
        p.put("url", platform.url() == null ? null : platform.url().toString());
        p.put("fictional", platform.fictional());
        p.put("retrievedAt", platform.retrievedAt() == null ? null
            : platform.retrievedAt().toString());
      }
      if (row.score() != null) {
        ObjectNode scored = ScoreJson.of(null, row.score());
        node.put("alignment", row.score().alignment());
        node.set("assessments", scored.get("assessments"));
      } else {
        node.putNull("alignment");
        node.putArray("assessments");
      }
      node.put("problem", row.problem());
    }
    return root;
  }

  // ---------------------------------------------------------------- markdown

  static void markdown(PrintWriter out, Scorecard card) {
    out.printf(Locale.ROOT, "# Scorecard: %s%n%n", md(card.place()));
    out.printf(Locale.ROOT, "As of %s.%n%n", card.date());
    for (String note : provenance(card)) {
      out.printf(Locale.ROOT, "> **Note:** %s%n>%n", md(note));
    }
    for (String note : card.notes()) {
      out.printf(Locale.ROOT, "> %s%n>%n", md(note));
    }
    out.println();
    for (OfficeType type : card.officeTypes()) {
      List<Demand> demands = card.demands(type);
      out.printf(Locale.ROOT, "## %s%n%n", title(type));
      StringBuilder header = new StringBuilder("| official |");
      StringBuilder rule = new StringBuilder("|---|");
      for (Demand d : demands) {
        header.append(' ').append(md(d.title())).append(" |");
        rule.append(":---:|");
      }
      out.println(header.append(" aligned |"));
      out.println(rule.append("---:|"));
      for (Scorecard.Row row : card.rows(type)) {
        StringBuilder line = new StringBuilder("| **" + md(row.label()) + "**<br>"
            + md(subtitle(row)) + " |");
        for (Demand d : demands) {
          line.append(' ').append(stance(row, d).map(s -> s.symbol() + " " + word(s))
              .orElse("-")).append(flagged(row, d) ? " " + Review.MARK : "").append(" |");
        }
        line.append(row.score() == null ? " - |"
            : String.format(Locale.ROOT, " %.1f%% |", row.score().alignment()));
        out.println(line);
      }
      out.println();
    }
    out.println("## Evidence");
    out.println();
    for (Scorecard.Row row : card.rows()) {
      out.printf(Locale.ROOT, "### %s%n%n", md(heading(row)));
      out.printf(Locale.ROOT, "%s%n%n", md(officeLine(row)));
      if (row.score() == null) {
        out.printf(Locale.ROOT, "No score: %s%n%n", md(String.valueOf(row.problem())));
        continue;
      }
      for (Assessment a : row.score().assessments()) {
        out.printf(Locale.ROOT, "- %s **%s**: %s%s%s%n", a.stance().symbol(),
            md(a.demand().title()), word(a.stance()), a.bestEvidence()
                .map(e -> " \u2014 " + md(ScoreReport.quote(e.text(), 400))).orElse(""),
            md(Review.suffix(a)));
      }
      out.println();
    }
    out.println("## Sources");
    out.println();
    for (Scorecard.Row row : card.rows()) {
      out.printf(Locale.ROOT, "- %s: %s%n", md(heading(row)),
          md(String.join(", ", sources(row))));
    }
  }

  // ---------------------------------------------------------------- html

  private static final String CSS = String.join("",
      "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1b1b1b;",
      "max-width:72em;margin:1.5em auto;padding:0 1em;line-height:1.4}",
      "h1{margin-bottom:.2em}.date{color:#555;margin-top:0}",
      ".note{border-left:.4em solid #e65100;background:#fff3e0;padding:.6em 1em;margin:1em 0}",
      ".info{border-left:.4em solid #90a4ae;background:#eceff1;padding:.4em 1em;margin:.5em 0}",
      ".scroll{overflow-x:auto}table.grid{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}",
      ".grid th,.grid td{border:1px solid #fff;padding:.5em;vertical-align:middle}",
      ".grid thead th{background:#263238;color:#fff;font-weight:600;font-size:.9em}",
      ".grid th.official{text-align:left;background:#f5f5f5;min-width:14em;font-weight:normal}",
      ".grid .name{font-weight:700}.grid .office{color:#444;font-size:.9em}",
      ".grid td.cell{text-align:center;font-weight:600;min-width:6em}",
      ".SUPPORTS{background:#2e7d32;color:#fff}.MIXED{background:#f9a825;color:#1b1b1b}",
      ".OPPOSES{background:#c62828;color:#fff}.NOT_MENTIONED{background:#cfd8dc;color:#37474f}",
      ".NONE{background:#fafafa;color:#777;font-weight:normal}",
      "td.aligned{text-align:right;font-variant-numeric:tabular-nums;background:#f5f5f5}",
      ".legend span{display:inline-block;padding:.2em .6em;margin:0 .3em .3em 0;border-radius:.2em}",
      "details{margin:.4em 0 1em;border:1px solid #ddd;border-radius:.3em;padding:.4em .8em}",
      "summary{cursor:pointer;font-weight:600}",
      "ul.evidence{list-style:none;padding-left:0}ul.evidence li{margin:.4em 0}",
      ".tag{display:inline-block;min-width:8em;padding:0 .4em;border-radius:.2em;margin-right:.5em}",
      "blockquote{margin:.2em 0 .2em 1em;color:#333;font-style:italic}",
      ".cue{color:#666;font-size:.85em}footer{color:#666;font-size:.85em;margin-top:2em}",
      ".review{outline:.2em dashed #6a1b9a;outline-offset:-.3em}",
      ".flag{display:inline-block;margin-left:.3em;padding:0 .3em;border-radius:.2em;",
      "background:#6a1b9a;color:#fff;font-weight:700}",
      ".why{color:#6a1b9a;font-size:.9em;margin-left:.5em}",
      "@media print{.note{border:1px solid #e65100}}");

  static void html(PrintWriter out, Scorecard card) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>Scorecard: " + esc(card.place()) + "</title>");
    out.println("<style>" + CSS + "</style></head><body>");
    out.println("<h1>Scorecard: " + esc(card.place()) + "</h1>");
    out.println("<p class=\"date\">As of <time datetime=\"" + card.date() + "\">" + card.date()
        + "</time></p>");
    for (String note : provenance(card)) {
      out.println("<p class=\"note\" role=\"note\"><strong>Note:</strong> " + esc(note) + "</p>");
    }
    for (String note : card.notes()) {
      out.println("<p class=\"info\">" + esc(note) + "</p>");
    }
    out.print("<p class=\"legend\">");
    for (Stance s : Stance.values()) {
      out.print("<span class=\"" + s.name() + "\">" + esc(s.symbol()) + " " + word(s) + "</span>");
    }
    out.print("<span class=\"review\"><span class=\"flag\">" + Review.MARK
        + "</span> needs review</span>");
    out.println("</p>");
    if (card.rows().isEmpty()) {
      out.println("<p>No offices found for this place.</p>");
    }
    for (OfficeType type : card.officeTypes()) {
      List<Demand> demands = card.demands(type);
      out.println("<h2>" + esc(title(type)) + "</h2>");
      out.println("<div class=\"scroll\"><table class=\"grid\" data-office-type=\""
          + esc(type.name()) + "\">");
      out.print("<thead><tr><th scope=\"col\">Official</th>");
      for (Demand d : demands) {
        out.print("<th scope=\"col\" title=\"" + esc(d.summary()) + "\">" + esc(d.title())
            + "</th>");
      }
      out.println("<th scope=\"col\">Aligned</th></tr></thead><tbody>");
      for (Scorecard.Row row : card.rows(type)) {
        out.print("<tr><th scope=\"row\" class=\"official\"><div class=\"name\">"
            + esc(row.label()) + "</div><div class=\"office\">" + esc(subtitle(row))
            + "</div></th>");
        for (Demand d : demands) {
          Optional<Assessment> a = row.score() == null ? Optional.empty()
              : row.score().assessment(d.id());
          if (a.isEmpty()) {
            out.print("<td class=\"cell NONE\" data-demand=\"" + esc(d.id())
                + "\" title=\"not scored\">&ndash;</td>");
          } else {
            Stance s = a.get().stance();
            boolean review = a.get().needsReview();
            String tip = a.get().bestEvidence().map(Evidence::text)
                .orElse("The platform does not address this demand.")
                + (review ? " (Needs review: " + a.get().reviewNote() + ".)" : "");
            out.print("<td class=\"cell " + s.name() + (review ? " review" : "")
                + "\" data-demand=\"" + esc(d.id()) + "\" data-stance=\"" + s.name()
                + "\" data-needs-review=\"" + review + "\" title=\"" + esc(tip) + "\">"
                + esc(s.symbol()) + " " + word(s)
                + (review ? "<span class=\"flag\">" + Review.MARK + "</span>" : "") + "</td>");
          }
        }
        out.println(row.score() == null ? "<td class=\"aligned\">&ndash;</td></tr>"
            : String.format(Locale.ROOT, "<td class=\"aligned\">%.1f%%</td></tr>",
                row.score().alignment()));
      }
      out.println("</tbody></table></div>");
    }
    out.println("<h2>Evidence and sources</h2>");
    for (Scorecard.Row row : card.rows()) {
      out.println("<details open><summary>" + esc(heading(row)) + "</summary>");
      out.println("<p>" + esc(officeLine(row)) + "</p>");
      if (row.score() == null) {
        out.println("<p>No score: " + esc(String.valueOf(row.problem())) + "</p>");
      } else {
        out.println("<ul class=\"evidence\">");
        for (Assessment a : row.score().assessments()) {
          out.print("<li data-demand=\"" + esc(a.demand().id()) + "\"><span class=\"tag "
              + a.stance().name() + "\">" + esc(a.stance().symbol()) + " " + word(a.stance())
              + "</span>" + esc(a.demand().title()));
          if (a.needsReview()) {
            out.print("<span class=\"why\"><span class=\"flag\">" + Review.MARK
                + "</span> needs review: " + esc(a.reviewNote()) + "</span>");
          }
          for (Evidence e : a.evidence().subList(0, Math.min(2, a.evidence().size()))) {
            out.print("<blockquote>" + esc(e.text()) + "</blockquote><span class=\"cue\">cue: "
                + esc(e.cue()) + "</span>");
          }
          out.println("</li>");
        }
        out.println("</ul>");
      }
      out.print("<p class=\"sources\">Sources: ");
      List<String> sources = sources(row);
      for (int i = 0; i < sources.size(); i++) {
        out.print((i == 0 ? "" : ", ") + link(sources.get(i)));
      }
      out.println("</p></details>");
    }
    out.println("<footer>Made with JusticeKit. Stances are read automatically from each "
        + "platform's own words; check the quoted evidence before you rely on a cell.</footer>");
    out.println("</body></html>");
  }

  // ---------------------------------------------------------------- shared

  /** The provenance warnings every format shows prominently. */
  static List<String> provenance(Scorecard card) {
    if (card.offline() && card.anyFictional()) {
      return List.of("Offline demo: officials come from the embedded directory, and every "
          + "platform scored here is a FICTIONAL example written for JusticeKit, not the words "
          + "of the officials named.");
    }
    if (card.anyFictional()) {
      return List.of("Some platforms scored here are FICTIONAL examples written for JusticeKit, "
          + "not the words of the officials named.");
    }
    if (card.offline()) {
      return List.of("Offline: officials come from the embedded directory.");
    }
    return List.of();
  }

  /** The holder and office, e.g. {@code Jo Sample, Mayor of X}; the office alone if unnamed. */
  static String heading(Scorecard.Row row) {
    return row.holder() == null ? row.office().title()
        : row.holder().name() + ", " + row.office().title();
  }

  /** What a grid row shows under its label. */
  static String subtitle(Scorecard.Row row) {
    if (row.holder() != null) {
      return row.office().title();
    }
    return row.office().coverage() == null ? "holder not named by the source"
        : "serves " + row.office().coverage();
  }

  static boolean flagged(Scorecard.Row row, Demand demand) {
    return row.score() != null && row.score().assessment(demand.id())
        .map(Assessment::needsReview).orElse(false);
  }

  static Optional<Stance> stance(Scorecard.Row row, Demand demand) {
    return row.score() == null ? Optional.empty()
        : row.score().assessment(demand.id()).map(Assessment::stance);
  }

  static String word(Stance stance) {
    return switch (stance) {
      case SUPPORTS -> "Supports";
      case OPPOSES -> "Opposes";
      case MIXED -> "Mixed";
      case NOT_MENTIONED -> "Not mentioned";
    };
  }

  static String title(OfficeType type) {
    if (type.equals(OfficeType.MAYOR)) {
      return "Mayor";
    }
    if (type.equals(OfficeType.PROSECUTOR)) {
      return "Prosecutor";
    }
    String lower = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** Title, district, election and as-of date of a row's office and holder. */
  static String officeLine(Scorecard.Row row) {
    StringBuilder line = new StringBuilder(row.holder() == null
        ? "holder not named by the source" : row.office().title());
    if (!row.office().title().contains(row.office().jurisdiction().name())) {
      line.append(", ").append(row.office().jurisdiction().name());
    }
    if (row.office().coverage() != null) {
      line.append(" (serves ").append(row.office().coverage()).append(')');
    }
    if (!row.office().elected()) {
      line.append(" \u00b7 appointed");
    }
    Official holder = row.holder();
    if (holder != null && holder.asOf() != null) {
      line.append(" \u00b7 holder as of ").append(holder.asOf());
    }
    Scorecard.PlatformSource platform = row.platform();
    if (platform != null) {
      line.append(" \u00b7 platform: ").append(platform.label());
      if (platform.fictional()) {
        line.append(" (FICTIONAL example)");
      }
      if (platform.retrievedAt() != null) {
        line.append(", retrieved ").append(platform.retrievedAt().toString(), 0, 10);
      }
    }
    return line.toString();
  }

  /** Where the row's facts come from: the holder's sources, the office site, the platform. */
  static List<String> sources(Scorecard.Row row) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    if (row.holder() != null) {
      row.holder().sources().forEach(s -> all.add(s.toString()));
    }
    if (row.office().website() != null) {
      all.add(row.office().website().toString());
    }
    Scorecard.PlatformSource platform = row.platform();
    if (platform != null) {
      all.add(platform.url() != null ? platform.url().toString() : platform.label());
    }
    return all.isEmpty() ? List.of("none recorded") : List.copyOf(all);
  }

  private static String link(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      try {
        URI.create(source);
        return "<a href=\"" + esc(source) + "\" rel=\"noopener noreferrer\">" + esc(source)
            + "</a>";
      } catch (IllegalArgumentException e) {
        return esc(source);
      }
    }
    return esc(source);
  }

  private static String pad(String s, int width) {
    int length = s.codePointCount(0, s.length());
    return length >= width ? s + " " : s + " ".repeat(width - length);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  /** Escapes text for HTML element content and double- or single-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Escapes Markdown table and inline syntax so names and quotes cannot break the layout. */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '*', '_', '`', '[', ']', '<', '>', '#', '\\' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
