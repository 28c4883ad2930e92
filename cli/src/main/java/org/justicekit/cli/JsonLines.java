package org.justicekit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a UTF-8 JSON-lines file line by line, turning file problems into one-line errors. */
final class JsonLines {
  private JsonLines() {}

  /** Receives each non-blank line with its 1-based number. */
  interface LineHandler {
    void line(int number, String line);
  }

  /**
   * Calls the handler for every non-blank line, streaming (memory bounded by one line).
   *
   * @throws CliException (exit 2) if the file is missing, unreadable or not UTF-8
   */
  static void forEach(Path file, LineHandler handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          handler.line(number, line);
        }
      }
    } catch (NoSuchFileException e) {
      throw CliException.badInput("no such file: " + file);
    } catch (MalformedInputException e) {
      throw CliException.badInput(file + " is not valid UTF-8 text");
    } catch (IOException e) {
      throw CliException.badInput("cannot read " + file + ": " + e.getMessage());
    }
  }
}
