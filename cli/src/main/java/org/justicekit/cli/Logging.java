package org.justicekit.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The libraries log through {@code System.Logger}, which the JDK sends to {@code
 * java.util.logging}; left alone, its INFO lines (a retry, say) would interleave with the
 * command's own output. The CLI keeps them quiet unless {@code --verbose} is given, and then
 * shows them, down to the debug lines, on standard error.
 *
 * <p>Changes the JVM-wide logging configuration; called once per command run.
 */
final class Logging {
  private static final Logger ROOT = Logger.getLogger("");
  private static final Logger JUSTICEKIT = Logger.getLogger("org.justicekit");

  private Logging() {}

  static void configure(boolean verbose) {
    if (!verbose) {
      ROOT.setLevel(Level.OFF);
      JUSTICEKIT.setLevel(null);
      return;
    }
    ROOT.setLevel(Level.INFO);
    JUSTICEKIT.setLevel(Level.FINE);
    boolean console = false;
    for (Handler h : ROOT.getHandlers()) {
      if (h instanceof ConsoleHandler) {
        h.setLevel(Level.FINE);
        console = true;
      }
    }
    if (!console) {
      ConsoleHandler handler = new ConsoleHandler();
      handler.setFormatter(new SimpleFormatter());
      handler.setLevel(Level.FINE);
      ROOT.addHandler(handler);
    }
  }
}
