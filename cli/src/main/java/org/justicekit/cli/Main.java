package org.justicekit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code justicekit} command. Exit codes: 0 success, 1 a check failed, 2 bad usage or bad
 * input, 3 a provider or network failure, 70 an internal error (a bug: please report it).
 */
@Command(
    name = "justicekit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Criminal-justice reform demands, officials and where they stand.",
    subcommands = {
      DemandsCommand.class,
      ScoreCommand.class,
      EvalCommand.class,
      LookupCommand.class,
      DirectoryCommand.class,
      FetchPlatformCommand.class,
      LetterCommand.class,
      ScorecardCommand.class,
      TrackCommand.class,
      ChangesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: a check failed (e.g. eval below the bar). */
  public static final int CHECK_FAILED = 1;
  /** Exit code: bad usage or bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code: a provider or network failure. */
  public static final int PROVIDER_FAILURE = 3;
  /** Exit code: an internal error. */
  public static final int INTERNAL_ERROR = 70;

  @CommandLine.Spec
  @SuppressWarnings("NullAway")
  private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, CommandLine.defaultFactory(), args);
  }

  /** Runs the command line with a factory for its commands (tests replace some). */
  static int run(PrintWriter out, PrintWriter err, CommandLine.IFactory factory, String... args) {
    CommandLine cli = new CommandLine(new Main(), factory);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, err));
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int usageError(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    String name = e.getCommandLine().getCommandSpec().qualifiedName();
    err.println(name + ": " + oneLine(e.getMessage()));
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + name + " --help' for more information.");
    }
    err.flush();
    return BAD_INPUT;
  }

  private static int failure(Exception e, PrintWriter err) {
    int code = ErrorMapping.exitCode(e);
    String message = code == INTERNAL_ERROR
        ? "internal error (" + e.getClass().getSimpleName() + "): " + oneLine(e.getMessage())
            + " - please report this"
        : oneLine(e.getMessage());
    err.println("justicekit: " + message);
    err.flush();
    return code;
  }

  static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }

  /** Reads the version that the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
      var props = new java.util.Properties();
      try (var in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          props.load(in);
        }
      }
      return new String[] {"justicekit " + props.getProperty("version", "unknown")};
    }
  }
}
