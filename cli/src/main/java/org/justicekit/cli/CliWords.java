package org.justicekit.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts messages from the libraries into the command line's words: a builder method becomes
 * the option that sets it, a Java exception class becomes what happened. Every message the
 * CLI passes on from an exception goes through {@link #translate} (via {@link Main#oneLine}).
 *
 * <p>Stateless and thread-safe.
 */
final class CliWords {
  private CliWords() {}

  /** Library phrases and the CLI's words for them, applied in this order. */
  private static final List<Map.Entry<String, String>> PHRASES = List.of(
      Map.entry("PlatformScorer.builder().maxInputChars(n)", "--max-input-chars N"),
      Map.entry("unless allowPrivateNetwork is set", "unless --allow-private-network is given"),
      Map.entry("allowPrivateNetwork", "--allow-private-network"),
      Map.entry("maxInputChars", "--max-input-chars"),
      Map.entry("raise maxPageBytes to read it", "raise --max-input-chars to read it"),
      Map.entry("maxPageBytes", "--max-input-chars"),
      Map.entry("maxPages", "--max-pages"),
      Map.entry("perHostDelay", "--delay-ms"),
      Map.entry("Check the network and the provider's status, or raise the timeout.",
          "Check the network and the provider's status, then try again."));

  /** Java exception names and what they mean to a user. */
  private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
      Map.entry("ConnectException", "connection refused or unreachable"),
      Map.entry("HttpConnectTimeoutException", "no connection within the time limit"),
      Map.entry("HttpTimeoutException", "no response within the time limit"),
      Map.entry("SocketTimeoutException", "no response within the time limit"),
      Map.entry("UnknownHostException", "unknown host name"),
      Map.entry("UnresolvedAddressException", "unknown host name"),
      Map.entry("NoRouteToHostException", "no route to the host"),
      Map.entry("SSLHandshakeException", "the secure (TLS) connection failed"),
      Map.entry("SSLException", "the secure (TLS) connection failed"),
      Map.entry("EOFException", "the connection closed early"),
      Map.entry("ClosedChannelException", "the connection closed early"),
      Map.entry("AccessDeniedException", "permission denied"),
      Map.entry("NoSuchFileException", "no such file"),
      Map.entry("FileSystemException", "file system error"),
      Map.entry("MalformedInputException", "not valid text in the expected encoding"),
      Map.entry("IOException", "input/output error"));

  /** An exception class name, with or without its package, and an optional ": ". */
  private static final Pattern EXCEPTION = Pattern.compile(
      "(?:\\b[a-z][a-z0-9_]*\\.)*\\b([A-Z][A-Za-z0-9]*(?:Exception|Error))\\b(:\\s*)?");

  /** The message in CLI terms. */
  static String translate(String message) {
    String out = message;
    for (Map.Entry<String, String> phrase : PHRASES) {
      out = out.replace(phrase.getKey(), phrase.getValue());
    }
    if (!out.contains("Exception") && !out.contains("Error")) {
      return out;
    }
    Matcher m = EXCEPTION.matcher(out);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String words = EXCEPTIONS.getOrDefault(m.group(1), m.group(1).endsWith("Error")
          ? "internal error" : "error");
      String rest = out.substring(m.end());
      // "ConnectException: Connection refused" -> "Connection refused"; a bare name -> words
      boolean detailFollows = m.group(2) != null && !rest.isBlank();
      m.appendReplacement(b, Matcher.quoteReplacement(detailFollows ? "" : words));
    }
    m.appendTail(b);
    return b.toString();
  }
}
