package org.justicekit.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small, safe template language for demand letters: placeholders and sections, nothing else.
 *
 * <ul>
 *   <li>{@code {{name}}}: the value of {@code name}, looked up in the innermost section first.
 *   <li>{@code {{#list}}...{{/list}}}: repeats its body for each item of a list (each item is
 *       the innermost scope; {@code {{.}}} is the item itself when it is text); for a yes/no
 *       value, shows the body once when yes; for text, once when it is not empty.
 *   <li>{@code {{^name}}...{{/name}}}: shows its body once when {@code name} is empty or no.
 *   <li>{@code {{! comment }}}: left out of the output.
 * </ul>
 *
 * <p>There is no code, no partials, no file or network access, and no escaping (letters are
 * Markdown or plain text). Names are letters, digits and underscores.
 * Problems (an unknown name, an unclosed or mismatched section, a malformed tag) fail with
 * an {@link IllegalArgumentException} naming the line. Parsed templates are immutable and
 * thread-safe.
 */
final class LetterTemplate {
  /** The largest template accepted, in characters. */
  static final int MAX_CHARS = 64 * 1024;

  private static final int MAX_DEPTH = 8;

  private final List<Node> nodes;

  private LetterTemplate(List<Node> nodes) {
    this.nodes = nodes;
  }

  private sealed interface Node permits Text, Var, Section {}

  private record Text(String text) implements Node {}

  private record Var(String name, int line) implements Node {}

  private record Section(String name, boolean inverted, List<Node> body, int line)
      implements Node {}

  /**
   * Parses a template.
   *
   * @param source a name for messages, e.g. the file name
   * @throws IllegalArgumentException naming the source, the line and the problem
   */
  static LetterTemplate parse(String source, String template) {
    Objects.requireNonNull(template, "template");
    if (template.length() > MAX_CHARS) {
      throw new IllegalArgumentException("template " + source + " is larger than "
          + MAX_CHARS + " characters");
    }
    Deque<List<Node>> stack = new ArrayDeque<>();
    Deque<String> open = new ArrayDeque<>();
    Deque<Integer> openLines = new ArrayDeque<>();
    Deque<Boolean> openInverted = new ArrayDeque<>();
    stack.push(new ArrayList<>());
    int pos = 0;
    while (pos < template.length()) {
      int start = template.indexOf("{{", pos);
      if (start < 0) {
        stack.peek().add(new Text(template.substring(pos)));
        break;
      }
      if (start > pos) {
        stack.peek().add(new Text(template.substring(pos, start)));
      }
      int line = lineOf(template, start);
      int end = template.indexOf("}}", start + 2);
      if (end < 0) {
        throw fail(source, line, "'{{' is never closed with '}}'");
      }
      String tag = template.substring(start + 2, end).strip();
      pos = end + 2;
      if (tag.startsWith("!")) {
        continue;
      }
      if (tag.isEmpty()) {
        throw fail(source, line, "empty tag {{}}");
      }
      char kind = tag.charAt(0);
      String name = kind == '#' || kind == '^' || kind == '/' ? tag.substring(1).strip() : tag;
      if (!name.equals(".") && !name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
        throw fail(source, line, "'{{" + tag + "}}' is not a valid tag: names are letters, "
            + "digits and underscores, e.g. {{name}}, {{#demands}}...{{/demands}}");
      }
      switch (kind) {
        case '#', '^' -> {
          if (open.size() >= MAX_DEPTH) {
            throw fail(source, line, "sections nest deeper than " + MAX_DEPTH);
          }
          // A section tag alone on its line takes the line with it.
          pos = skipStandaloneNewline(template, start, pos);
          open.push(name);
          openLines.push(line);
          openInverted.push(kind == '^');
          stack.push(new ArrayList<>());
        }
        case '/' -> {
          if (open.isEmpty()) {
            throw fail(source, line, "{{/" + name + "}} closes a section that was never opened");
          }
          if (!open.peek().equals(name)) {
            throw fail(source, line, "{{/" + name + "}} closes {{#" + open.peek()
                + "}} opened on line " + openLines.peek());
          }
          pos = skipStandaloneNewline(template, start, pos);
          List<Node> body = stack.pop();
          stack.peek().add(new Section(open.pop(), openInverted.pop(), List.copyOf(body),
              openLines.pop()));
        }
        default -> stack.peek().add(new Var(name, line));
      }
    }
    if (!open.isEmpty()) {
      throw fail(source, openLines.peek(), "section {{#" + open.peek() + "}} is never closed "
          + "with {{/" + open.peek() + "}}");
    }
    return new LetterTemplate(List.copyOf(stack.pop()));
  }

  /**
   * Renders the template against a model of text, numbers, yes/no values, lists and maps.
   *
   * @throws IllegalArgumentException naming the line of a placeholder the model does not know
   */
  String render(String source, Map<String, ?> model) {
    StringBuilder out = new StringBuilder();
    Deque<Object> scopes = new ArrayDeque<>();
    scopes.push(model);
    render(source, nodes, scopes, out);
    return out.toString();
  }

  private static void render(String source, List<Node> nodes, Deque<Object> scopes,
      StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Text t) {
        out.append(t.text());
      } else if (node instanceof Var v) {
        Object value = lookup(source, v.name(), v.line(), scopes);
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
          throw fail(source, v.line(), "{{" + v.name() + "}} is a list; use {{#" + v.name()
              + "}}...{{/" + v.name() + "}}");
        }
        out.append(value);
      } else if (node instanceof Section s) {
        Object value = lookup(source, s.name(), s.line(), scopes);
        boolean truthy = truthy(value);
        if (s.inverted()) {
          if (!truthy) {
            render(source, s.body(), scopes, out);
          }
        } else if (value instanceof List<?> list) {
          for (Object item : list) {
            scopes.push(item);
            render(source, s.body(), scopes, out);
            scopes.pop();
          }
        } else if (truthy) {
          scopes.push(value);
          render(source, s.body(), scopes, out);
          scopes.pop();
        }
      }
    }
  }

  private static Object lookup(String source, String name, int line, Deque<Object> scopes) {
    if (name.equals(".")) {
      return Objects.requireNonNull(scopes.peek());
    }
    for (Object scope : scopes) {
      if (scope instanceof Map<?, ?> map && map.containsKey(name)) {
        Object value = map.get(name);
        return value == null ? "" : value;
      }
    }
    Set<String> known = new TreeSet<>();
    for (Object scope : scopes) {
      if (scope instanceof Map<?, ?> map) {
        map.keySet().forEach(k -> known.add(String.valueOf(k)));
      }
    }
    throw fail(source, line, "unknown placeholder {{" + name + "}}; known here: "
        + String.join(", ", known));
  }

  private static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof List<?> list) {
      return !list.isEmpty();
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return !String.valueOf(value).isEmpty();
  }

  private static int skipStandaloneNewline(String template, int tagStart, int afterTag) {
    int lineStart = template.lastIndexOf('\n', tagStart - 1) + 1;
    if (!template.substring(lineStart, tagStart).isBlank()) {
      return afterTag;
    }
    if (template.startsWith("\r\n", afterTag)) {
      return afterTag + 2;
    }
    if (template.startsWith("\n", afterTag)) {
      return afterTag + 1;
    }
    return afterTag;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static IllegalArgumentException fail(String source, int line, String problem) {
    return new IllegalArgumentException(String.format(Locale.ROOT, "template %s line %d: %s",
        source, line, problem));
  }
}
