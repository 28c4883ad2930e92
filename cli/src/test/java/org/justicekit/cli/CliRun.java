package org.justicekit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return with(picocli.CommandLine.defaultFactory(), args);
  }

  /** Runs with a factory that may replace some commands (e.g. one with a failing provider). */
  static CliRun with(picocli.CommandLine.IFactory factory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), factory, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
