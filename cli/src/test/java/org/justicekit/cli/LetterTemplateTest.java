package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LetterTemplateTest {
  private static final Map<String, Object> MODEL = Map.of(
      "name", "Jo", "count", 2, "none", 0, "yes", true, "no", false, "empty", "",
      "items", List.of(Map.of("title", "A", "asks", List.of("x", "y")), Map.of("title", "B",
          "asks", List.of())));

  private static String render(String template) {
    return LetterTemplate.parse("t", template).render("t", MODEL);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dear {{name}}.|Dear Jo.",
      "{{ name }}|Jo",
      "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}|Y",
      "{{^no}}not{{/no}}{{^yes}}never{{/yes}}|not",
      "{{#count}}{{count}} left{{/count}}{{^none}}, none{{/none}}|2 left, none",
      "{{#empty}}E{{/empty}}{{^empty}}blank{{/empty}}|blank",
      "{{#items}}[{{title}}:{{#asks}}{{.}}{{/asks}}]{{/items}}|[A:xy][B:]",
      "{{#items}}{{name}}{{/items}}|JoJo",
      "a{{! a comment }}b|ab",
      "no tags at all|no tags at all",
      "{ single } braces {x}|{ single } braces {x}"})
  void render_placeholdersAndSections(String template, String expected) {
    assertThat(render(template)).isEqualTo(expected);
  }

  @Test
  void render_standaloneSectionLinesLeaveNoBlankLines() {
    assertThat(render("top\n{{#items}}\n- {{title}}\n{{/items}}\nend\n"))
        .isEqualTo("top\n- A\n- B\nend\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Dear {{nmae}}|line 1: unknown placeholder {{nmae}}; known here: count, empty, items",
      "a\\n{{#items}}x|line 2: section {{#items}} is never closed with {{/items}}",
      "{{#yes}}{{/no}}|line 1: {{/no}} closes {{#yes}} opened on line 1",
      "x\\n\\n{{/yes}}|line 3: {{/yes}} closes a section that was never opened",
      "{{name|line 1: '{{' is never closed",
      "{{}}|line 1: empty tag",
      "{{#items}}{{items}}{{/items}}|is a list; use {{#items}}",
      "{{java.lang.Runtime}}|is not a valid tag",
      "{{> partial}}|is not a valid tag"})
  void parseOrRender_badTemplate_namesLineAndProblem(String template, String message) {
    assertThatThrownBy(() -> render(template.replace("\\n", "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("template t ").hasMessageContaining(message);
  }

  @Test
  void parse_deepNestingAndHugeTemplates_refused() {
    assertThatThrownBy(() -> render("{{#yes}}".repeat(9) + "{{/yes}}".repeat(9)))
        .hasMessageContaining("nest deeper than 8");
    assertThatThrownBy(() -> render("x".repeat(LetterTemplate.MAX_CHARS + 1)))
        .hasMessageContaining("larger than");
  }
}
