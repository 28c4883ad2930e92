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
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
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

  /** Shows the libraries' log lines (retries, redirects, pages skipped) on standard error. */
  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Also print what happens underneath (retries, redirects, skipped pages).")
  boolean verbose;

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
    cli.setExecutionStrategy(parseResult -> {
      Logging.configure(parseResult.asCommandLineList().stream().anyMatch(c ->
          c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose")));
      return new CommandLine.RunLast().execute(parseResult);
    });
    HelpText.reflow(cli);
    return cli.execute(args);
  }

  /** Without a command: the usage on standard error, and exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("justicekit: missing a command");
    spec.commandLine().usage(err);
    err.flush();
    return BAD_INPUT;
  }

  private static int usageError(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    String name = e.getCommandLine().getCommandSpec().qualifiedName();
    boolean unknownCommand = e instanceof UnmatchedArgumentException u
        && !e.getCommandLine().getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-");
    err.println(name + ": " + (unknownCommand
        ? "unknown command '" + ((UnmatchedArgumentException) e).getUnmatched().get(0) + "'"
        : oneLine(e.getMessage())));
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

  /** A message on one line, in the CLI's words (see {@link CliWords}), at most 500 chars. */
  static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String line = CliWords.translate(message.strip().replaceAll("\\s*\\R\\s*", " "));
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
