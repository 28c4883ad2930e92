package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.justicekit.demands.Demand;
import org.justicekit.demands.DemandCatalog;

/**
 * Scoring rules compiled against a catalog: every phrase becomes a token-id pattern in one
 * {@link TokenAutomaton}, tagged with its kind, direction, demand and topic group. Immutable
 * and thread-safe once built.
 */
final class CompiledRules {
  final TokenTable table;
  final TokenAutomaton automaton;
  final List<Demand> demands;
  // per pattern
  final RuleKind[] kind;
  final int[] sign;
  final int[] demand; // index into demands, -1 for global
  final int[] group; // topic group id for TOPIC and CONTEXT, else -1
  final int[] length; // tokens
  /** The most tokens of any pattern. */
  final int maxLength;
  final String[] phrase;
  // per topic group: whether it needs a context phrase in the sentence
  final boolean[] groupNeedsContext;
  /** Per topic group: whether it names an offence (see {@code ScoringRules.Topic}). */
  final boolean[] groupOffence;
  // per demand: hedge pattern ids that do not count for it
  /** {@code ignoredHedge[demand][pattern]}: hedge patterns that do not qualify a demand. */
  final boolean[][] ignoredHedge;
  /**
   * Words that may follow an object pronoun that stands for a topic ("rescind it and ...",
   * "ask for it less often", "ending it for ..."); a content word after it ("make it happen")
   * means the pronoun is no topic. Fixed, not rules data: these are English function words
   * whatever the campaign, listed in {@code RULES.md}.
   */
  private static final List<String> AFTER_PRONOUN = List.of("and", "or", "but", "for", "in",
      "to", "on", "at", "by", "with", "less", "more", "altogether", "entirely", "completely",
      "now", "today", "immediately", "permanently", "again", "back", "outright", "once",
      "forever", "either", "too", "as", "from", "when", "where", "if", "unless", "except",
      "because", "so", "tomorrow", "tonight", "first", "myself", "ourselves", "gladly",
      "happily", "proudly", "quickly", "soon", "already", "yesterday");

  /** Token ids of ",", ";", ":", "it", "that", "and", "or"; see {@link #afterPronoun}. */
  final int commaId;
  final int semicolonId;
  final int colonId;
  final int itId;
  final int thatId;
  final int andId;
  final int orId;
  final int willId;
  final int wouldId;
  final int fromId;
  final int onlyId;
  final int ifId;
  final int untilId;
  final int whoId;
  private final boolean[] afterPronounIds;
  /** Token ids of "a", "an", "the"; and of "on", "of", "to" (a verb-noun's link to its object). */
  private final int[] determinerIds;
  private final int[] ofLinkerIds;
  /** Token ids of the pronouns an answer uses for the question's topic, and of copulas. */
  private final int[] objectPronounIds;
  private final int[] subjectPronounIds;
  private final int[] copulaIds;

  private CompiledRules(Builder b, TokenAutomaton automaton, List<Demand> demands) {
    this.table = b.table;
    this.automaton = automaton;
    this.demands = List.copyOf(demands);
    int n = b.kinds.size();
    this.kind = b.kinds.toArray(new RuleKind[0]);
    this.sign = toArray(b.signs);
    this.demand = toArray(b.demandIdx);
    this.group = toArray(b.groups);
    this.length = new int[n];
    this.phrase = b.phrases.toArray(new String[0]);
    int longest = 0;
    for (int i = 0; i < n; i++) {
      length[i] = b.patterns.get(i).length;
      longest = Math.max(longest, length[i]);
    }
    this.maxLength = longest;
    this.groupNeedsContext = new boolean[b.groupNeedsContext.size()];
    this.groupOffence = new boolean[b.groupNeedsContext.size()];
    for (int i = 0; i < groupNeedsContext.length; i++) {
      groupNeedsContext[i] = b.groupNeedsContext.get(i);
      groupOffence[i] = b.groupOffence.get(i);
    }
    this.ignoredHedge = new boolean[b.ignoredHedges.size()][n];
    for (int d = 0; d < ignoredHedge.length; d++) {
      for (int pattern : b.ignoredHedges.get(d)) {
        ignoredHedge[d][pattern] = true;
      }
    }
    this.commaId = b.table.intern(",");
    this.semicolonId = b.table.intern(";");
    this.colonId = b.table.intern(":");
    this.itId = b.table.intern("it");
    this.thatId = b.table.intern("that");
    this.andId = b.table.intern("and");
    this.orId = b.table.intern("or");
    this.willId = b.table.intern("will");
    this.wouldId = b.table.intern("would");
    this.fromId = b.table.intern("from");
    this.onlyId = b.table.intern("only");
    this.ifId = b.table.intern("if");
    this.untilId = b.table.intern("until");
    this.whoId = b.table.intern("who");
    this.determinerIds = ids(b.table, "a", "an", "the");
    this.ofLinkerIds = ids(b.table, "on", "of", "to");
    this.objectPronounIds = ids(b.table, "it", "them", "that", "this", "those");
    this.subjectPronounIds = ids(b.table, "it", "it's", "they", "they're", "that", "that's",
        "this");
    this.copulaIds = ids(b.table, "is", "was", "are", "were", "be", "remains", "stays");
    int[] ids = new int[AFTER_PRONOUN.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = b.table.intern(Tokenizer.phraseTokens(AFTER_PRONOUN.get(i)).get(0));
    }
    this.afterPronounIds = new boolean[b.table.size()];
    for (int id : ids) {
      afterPronounIds[id] = true;
    }
  }

  /** Whether a token may follow an object pronoun that stands for a topic. */
  boolean afterPronoun(int tokenId) {
    return tokenId == commaId || tokenId == semicolonId || tokenId == colonId
        || (tokenId >= 0 && afterPronounIds[tokenId]);
  }

  /** Whether a token is an article: "a", "an", "the". */
  boolean determiner(int tokenId) {
    return contains(determinerIds, tokenId);
  }

  /** Whether a token links a verb used as a noun to its object: "a ban on", "an end to". */
  boolean ofLinker(int tokenId) {
    return contains(ofLinkerIds, tokenId);
  }

  /** Whether a token is a pronoun that can stand as an object: "it", "them", "that". */
  boolean objectPronoun(int tokenId) {
    return contains(objectPronounIds, tokenId);
  }

  /** Whether a token is a pronoun that can open a clause as its subject: "it", "that's". */
  boolean subjectPronoun(int tokenId) {
    return contains(subjectPronounIds, tokenId);
  }

  /** Whether a token is a linking verb: "is", "was", "remains". */
  boolean copula(int tokenId) {
    return contains(copulaIds, tokenId);
  }

  private static int[] ids(TokenTable table, String... words) {
    int[] ids = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      ids[i] = table.intern(Tokenizer.phraseTokens(words[i]).get(0));
    }
    return ids;
  }

  private static boolean contains(int[] ids, int id) {
    for (int i : ids) {
      if (i == id) {
        return true;
      }
    }
    return false;
  }

  int patterns() {
    return kind.length;
  }

  /** Compiles rules for a catalog; every catalog demand needs rules, and no rule an unknown demand. */
  static CompiledRules compile(ScoringRules rules, DemandCatalog catalog) {
    for (String id : rules.demands.keySet()) {
      if (catalog.find(id).isEmpty()) {
        throw new RulesException(rules.source, "rules for demand '" + id
            + "', which catalog " + catalog.name() + " does not have");
      }
    }
    List<Demand> demands = catalog.demands();
    Builder b = new Builder();
    b.table.intern(",");
    b.table.intern(";");
    b.table.intern(":");
    b.table.intern("not");
    b.table.intern("it");
    b.lexicon(rules.global, -1);
    for (int d = 0; d < demands.size(); d++) {
      ScoringRules.DemandRules dr = rules.demands.get(demands.get(d).id());
      if (dr == null) {
        throw new RulesException(rules.source, "no rules for demand '" + demands.get(d).id()
            + "' of catalog " + catalog.name() + "; every demand needs topic phrases");
      }
      b.lexicon(dr.lexicon(), d);
      for (ScoringRules.Topic topic : dr.topics()) {
        int g = b.groupNeedsContext.size();
        b.groupNeedsContext.add(!topic.requiresAny().isEmpty());
        b.groupOffence.add(topic.offence());
        for (String p : topic.phrases()) {
          b.add(p, RuleKind.TOPIC, topic.sign(), d, g);
        }
        for (String p : topic.requiresAny()) {
          b.add(p, RuleKind.CONTEXT, 0, d, g);
        }
      }
      Set<String> ignore = new HashSet<>();
      for (String h : dr.ignoreHedges()) {
        ignore.add(String.join(" ", Tokenizer.phraseTokens(h)));
      }
      Set<Integer> ids = new HashSet<>();
      for (int p = 0; p < b.kinds.size(); p++) {
        RuleKind k = b.kinds.get(p);
        if ((k == RuleKind.HEDGE || k == RuleKind.TENTATIVE) && ignore.contains(b.keys.get(p))) {
          ids.add(p);
        }
      }
      b.ignoredHedges.add(Set.copyOf(ids));
    }
    return new CompiledRules(b, TokenAutomaton.build(b.patterns), demands);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static final class Builder {
    final TokenTable table = new TokenTable();
    final List<int[]> patterns = new ArrayList<>();
    final List<RuleKind> kinds = new ArrayList<>();
    final List<Integer> signs = new ArrayList<>();
    final List<Integer> demandIdx = new ArrayList<>();
    final List<Integer> groups = new ArrayList<>();
    final List<String> phrases = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    final List<Boolean> groupNeedsContext = new ArrayList<>();
    final List<Boolean> groupOffence = new ArrayList<>();
    final List<Set<Integer>> ignoredHedges = new ArrayList<>();
    final Map<String, Integer> seen = new HashMap<>();

    /** Adds the phrases of every lexicon key, in {@link RuleKind} order. */
    void lexicon(ScoringRules.Lexicon lex, int d) {
      for (RuleKind.Key key : RuleKind.lexiconKeys()) {
        addAll(lex.get(key), key.kind(), key.sign(), d);
      }
    }

    void addAll(List<String> list, RuleKind kind, int sign, int d) {
      for (String p : list) {
        add(p, kind, sign, d, -1);
      }
    }

    void add(String phrase, RuleKind kind, int sign, int d, int g) {
      List<String> tokens = Tokenizer.phraseTokens(phrase);
      String key = String.join(" ", tokens);
      String dedup = key + "|" + kind.ordinal() + "|" + sign + "|" + d + "|" + g;
      if (seen.putIfAbsent(dedup, patterns.size()) != null) {
        return;
      }
      int[] ids = new int[tokens.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = table.intern(tokens.get(i));
      }
      patterns.add(ids);
      kinds.add(kind);
      signs.add(sign);
      demandIdx.add(d);
      groups.add(g);
      phrases.add(phrase);
      keys.add(key);
    }
  }
}
