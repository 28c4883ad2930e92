package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of rule phrase and the lexicon keys of the rules JSON that hold them. One place
 * drives parsing ({@link ScoringRules} reads exactly the keys listed here), compiling
 * ({@link CompiledRules} tags each phrase with its kind and sign, in the order of this enum) and
 * documentation ({@link #schemaTable()} is the table in {@code RULES.md}).
 *
 * <p>The order of the constants is the order phrases are compiled in, which fixes the order
 * matches of one token are reported in; do not reorder them.
 */
enum RuleKind {
  /** A negation: flips the direction of what it governs. */
  NEG(key("negations", -1, "negations that flip what follows",
      "\"not\", \"never\", \"no\"")),
  /** A verb of the official, for or against its object. */
  ACTION(key("actionsFor", 1, "verbs that keep or bring about their object",
          "\"seek\", \"keep\", \"require\""),
      key("actionsAgainst", -1, "verbs that end or refuse their object",
          "\"end\", \"ban\", \"oppose\"")),
  /** An evaluation: a good or bad word about what it judges. */
  EVAL(key("positive", 1, "words that praise what they judge", "\"valuable\", \"essential\""),
      key("negative", -1, "words that condemn what they judge",
          "\"unjust\", \"harmful\"")),
  /** A hedge: the reading becomes MIXED. */
  HEDGE(key("hedges", 0, "hedges that make a reading MIXED",
      "\"case by case\", \"pilot\", \"reduce\"")),
  /** A condition opening the sentence: the reading becomes MIXED. */
  CONDITION(key("conditions", 0,
      "conditions that make the reading MIXED when they open the sentence",
      "\"if\", \"once\", \"assuming\"")),
  /** A narrow exception: a support stays a support, an opposition is no position. */
  EXCEPTION(key("exceptions", 0, "narrow exceptions that leave a support standing",
      "\"unless\", \"only where\"")),
  /** Someone else who may speak: "critics", "the union". */
  ATTR_SOURCE(key("attributionSources", 0, "others who may speak in a sentence",
      "\"critics\", \"my opponent\"")),
  /** A reporting verb: with a source, the clause is someone else's. */
  ATTR_VERB(key("attributionVerbs", 0, "reporting verbs", "\"said\", \"argue\"")),
  /** The official speaking: "I", "we", "my office". */
  FIRST_PERSON(key("firstPerson", 0, "the official speaking",
      "\"I\", \"we\", \"my office will\"")),
  /** A clause break. */
  CLAUSE_BREAK(key("clauseBreaks", 0, "words and marks that end a clause",
      "\";\", \"while\", \", which\"")),
  /** A topic phrase of a demand (from {@code demands.<id>.topics[].phrases}). */
  TOPIC(),
  /** A context phrase a topic group requires (from {@code topics[].requiresAny}). */
  CONTEXT(),
  /** Another actor as the subject of a clause: the clause is not the official's. */
  THIRD_PARTY(key("thirdPartyActors", 0, "other actors who may be a clause's subject",
      "\"the incumbent\", \"the legislature\"")),
  /** Words that are no cue, though they contain one. */
  IGNORE(key("ignore", 0, "phrases whose words are no cue", "\"if elected\", \"the end of\"")),
  /** A negation of the whole sentence. */
  SENTENCE_NEG(key("sentenceNegations", -1, "negations of the whole sentence",
      "\"there is no\"")),
  /** Words before a rival's name. */
  RIVAL_CUE(key("rivalCues", 0, "words after which a rival is named",
      "\"faces\", \"challenge from\"")),
  /** A hedge of intent: a verb when negated ("would not consider"), else a hedge. */
  TENTATIVE(key("tentative", 1, "hedges of intent, firm verbs when negated",
      "\"consider\", \"open to\"")),
  /** A contrast: a negation before the topic, the end of its scope after it. */
  CONTRAST(key("contrasts", -1, "contrasts", "\"rather than\", \"instead of\"")),
  /** A non-answer: the clause states no position. */
  NON_ANSWER(key("nonAnswers", 0, "non-answers", "\"declined to comment\"")),
  /** An indirect question: states no position by itself. */
  QUESTION_CUE(key("questionCues", 0, "indirect questions", "\"whether\", \"asked if\"")),
  /** A yes opening an answer. */
  ANSWER_YES(key("answersYes", 1, "yes words opening an answer", "\"yes\", \"absolutely\"")),
  /** A no opening an answer. */
  ANSWER_NO(key("answersNo", -1, "no words opening an answer", "\"no\", \"absolutely not\"")),
  /** A clause break that also sets its clause against the one before. */
  CONTRAST_BREAK(key("contrastiveBreaks", 0, "clause breaks that set a clause against the "
      + "one before", "\"but\", \"however\""));

  /** One lexicon key of the rules JSON: its name, its kind, its sign and what it holds. */
  record Key(String name, RuleKind kind, int sign, String meaning, String examples, int index) {}

  /** A key before its kind is known. */
  private record Spec(String name, int sign, String meaning, String examples) {}

  private static final List<Key> KEYS = new ArrayList<>();

  private final Spec[] specs;
  private List<Key> keys = List.of();
  /** Whether this kind is a stance cue: a negation, a verb or an evaluation. */
  final boolean cue;

  RuleKind(Spec... specs) {
    this.specs = specs;
    this.cue = name().equals("NEG") || name().equals("ACTION") || name().equals("EVAL");
  }

  static {
    for (RuleKind kind : values()) {
      List<Key> own = new ArrayList<>();
      for (Spec s : kind.specs) {
        Key k = new Key(s.name(), kind, s.sign(), s.meaning(), s.examples(), KEYS.size());
        KEYS.add(k);
        own.add(k);
      }
      kind.keys = List.copyOf(own);
    }
  }

  private static Spec key(String name, int sign, String meaning, String examples) {
    return new Spec(name, sign, meaning, examples);
  }

  /** This kind's lexicon keys; empty for TOPIC and CONTEXT, which come from topic groups. */
  List<Key> keys() {
    return keys;
  }

  /** Every lexicon key, in compile order; {@link Key#index()} is the position here. */
  static List<Key> lexiconKeys() {
    return List.copyOf(KEYS);
  }

  /** The lexicon keys as a Markdown table, as {@code RULES.md} shows them. */
  static String schemaTable() {
    StringBuilder out = new StringBuilder();
    out.append("| key | kind | direction | holds | examples |\n");
    out.append("|---|---|---|---|---|\n");
    for (Key k : KEYS) {
      out.append("| `").append(k.name()).append("` | ").append(k.kind().name()).append(" | ")
          .append(k.sign() > 0 ? "+1" : k.sign() < 0 ? "-1" : "0").append(" | ")
          .append(k.meaning()).append(" | ").append(k.examples()).append(" |\n");
    }
    return out.toString();
  }
}
