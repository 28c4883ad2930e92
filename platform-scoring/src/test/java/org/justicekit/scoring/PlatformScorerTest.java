package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PlatformScorerTest {
  private static final PlatformScorer SCORER = PlatformScorer.create();

  private static Stance stance(OfficeType office, String text, String demand) {
    return SCORER.score(office, text).assessment(demand).orElseThrow().stance();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      // polarity is not negation
      "polarityNotNegation|I will not seek cash bail.|end-money-bail|SUPPORTS",
      "polarityNotNegation|I will not end cash bail.|end-money-bail|OPPOSES",
      "polarityNotNegation|I will oppose transferring children to adult court.|kids-out-of-adult-jails|SUPPORTS",
      "polarityNotNegation|I will rescind the no-adult-court directive.|kids-out-of-adult-jails|OPPOSES",
      "polarityNotNegation|We refused to prosecute petty theft.|stop-unnecessary-prosecutions|SUPPORTS",
      "polarityNotNegation|I will not cooperate with ICE deportation dragnets.|stop-anti-immigrant-prosecutions|SUPPORTS",
      "contraction|I won’t request money bail for anyone.|end-money-bail|SUPPORTS",
      "chainedVerbs|I won't stop charging 17-year-olds as adults.|kids-out-of-adult-jails|OPPOSES",
      "evaluation|Cash bail is a valuable tool for public safety.|end-money-bail|OPPOSES",
      "evaluation|The adult system makes children worse.|kids-out-of-adult-jails|SUPPORTS",
      // negation scope stops at clause boundaries
      "negationScope|I will not defund the police, but I will ask every prosecutor to stop requesting cash bail.|end-money-bail|SUPPORTS",
      "negationScope|I will end cash bail; I will not apologize for it.|end-money-bail|SUPPORTS",
      // hedges and conditions
      "hedge|I will reduce the use of cash bail.|end-money-bail|MIXED",
      "hedge|We will review direct file requests case by case.|kids-out-of-adult-jails|MIXED",
      "hedge|We will start a pilot program of immigration consequences review.|stop-anti-immigrant-prosecutions|MIXED",
      "condition|If the council funds it, I will put a body camera on every officer.|body-cameras|MIXED",
      "ifElectedIsNoCondition|If elected, I will create an independent special prosecutor for police killings.|prosecute-bad-cops|SUPPORTS",
      // narrow exceptions keep SUPPORTS
      "narrowException|The order bans chokeholds by officers. It permits such a restraint only where deadly force is authorized.|chokehold-ban|SUPPORTS",
      "narrowException|We will decline to prosecute trespass unless a supervisor approves a written exception.|stop-unnecessary-prosecutions|SUPPORTS",
      // support and opposition together
      "splitStance|Chokeholds have no place in policing. I will not take away the vascular neck restraint from officers.|chokehold-ban|MIXED",
      "contrastiveClauseSplits|We will publish plea data, but numbers without context are misleading.|prosecution-transparency|MIXED",
      // attribution: critics and opponents are not the official
      "attribution|Critics of the department said officers should wear body cameras on every shift.|body-cameras|NOT_MENTIONED",
      "attribution|Critics call it soft on crime, but I am proud that we declined shoplifting cases.|stop-unnecessary-prosecutions|SUPPORTS",
      // a negation about another topic does not leak onto a demand
      "noLeak|I will not defund the police.|body-cameras|NOT_MENTIONED",
      "noLeak|I will not cut the budget of the department.|chokehold-ban|NOT_MENTIONED",
      "figurative|Developers have had a chokehold on City Hall for too long.|chokehold-ban|NOT_MENTIONED",
      "questionsSkipped|Will you end cash bail?|end-money-bail|NOT_MENTIONED",
      "contextFromQuestion|Will you support annual certification of officers? I don't believe a new certification layer would make anyone safer.|good-officer-certification|OPPOSES",
      "otherActorAsSubject|The current D.A. ordered her prosecutors to stop asking for cash bail.|end-money-bail|NOT_MENTIONED",
      "otherActorAsObject|Every police shooting will be referred to an independent special prosecutor, and I'll ask the legislature to make that the law.|prosecute-bad-cops|SUPPORTS",
      "sentenceNegation|There isn't a single police killing that I wouldn't send to an independent special prosecutor.|prosecute-bad-cops|SUPPORTS",
      "predicateEvaluation|The council's proposal to ban neck restraints goes too far.|chokehold-ban|OPPOSES",
      "rivalIsNotTheOfficial|District Attorney Mara Quinn faces a primary challenge from lawyer Theo Banks. Banks has pledged to abolish cash bail on his first day.|end-money-bail|NOT_MENTIONED",
      "evaluationsAddUp|I oppose publishing plea data. Numbers without context mislead the public.|prosecution-transparency|OPPOSES",
      "narrowingHedgeOnOpposition|I won't stop charging 16-year-olds as adults when the facts of the case call for it.|kids-out-of-adult-jails|OPPOSES",
      // questionnaires: a bare yes or no answers the question before it
      "yesNoAnswer|Q: Should chokeholds be banned? A: Yes.|chokehold-ban|SUPPORTS",
      "yesNoAnswer|Will you end cash bail? No.|end-money-bail|OPPOSES",
      "yesNoAnswer|Will you end cash bail? No one should sit in jail because they are poor.|end-money-bail|NOT_MENTIONED",
      "hedgedAnswer|Will you publish plea data online? Yes, in part.|prosecution-transparency|MIXED",
      "hedgedAnswer|Will you decline to prosecute drug possession? Not as a blanket rule.|stop-unnecessary-prosecutions|MIXED",
      "evasion|I won't make any promises about police shootings.|prosecute-bad-cops|MIXED",
      // silence and indirect questions state no position; an evasion hedges
      "nonAnswer|The mayor did not respond to questions about chokeholds.|chokehold-ban|NOT_MENTIONED",
      "indirectQuestion|Asked whether he would end cash bail, the candidate talked about crime.|end-money-bail|NOT_MENTIONED",
      "indirectQuestionHedged|Asked whether she would ban chokeholds, the mayor declined to take a position.|chokehold-ban|MIXED",
      "evasion|Asked about cash bail, she said only that bail decisions belong to judges.|end-money-bail|MIXED",
      // attribution: a pledge is the speaker's; a rejected call is the official's act
      "pledgeIsAttributed|The challenger, a council member, has pledged to ban chokeholds.|chokehold-ban|NOT_MENTIONED",
      "rejectedCall|The mayor rejected calls from advocates for a ban on chokeholds.|chokehold-ban|OPPOSES",
      "rejectedCall|Hale said ending cash bail would be dangerous and dismissed his challenger's call to stop it.|end-money-bail|OPPOSES",
      "possessiveIsNotTheSubject|My predecessor's ban on chokeholds tied officers' hands.|chokehold-ban|OPPOSES",
      // scope
      "contrastEndsScope|I will send every police shooting to a special prosecutor rather than the office that works with the police.|prosecute-bad-cops|SUPPORTS",
      "verbScopeEndsAtNextVerb|I will ban neck restraints and put a body camera on every officer.|body-cameras|SUPPORTS",
      "predicateTopic|Use-of-force cases are best handled internally.|prosecute-bad-cops|OPPOSES",
      "compoundTopic|Publishing raw plea numbers invites misleading headlines.|prosecution-transparency|OPPOSES",
      "negatedTentative|I would not consider ending cash bail.|end-money-bail|OPPOSES",
      "tentative|I will consider ending cash bail.|end-money-bail|MIXED",
      "chargeReductionIsNoHedge|We reduced felony charges for noncitizen defendants to avoid deportation.|stop-anti-immigrant-prosecutions|SUPPORTS",
      "hedge|I'll ask for cash bail less often.|end-money-bail|MIXED",
      "exceptionKeepsOnlySupport|I'll ask for cash bail less often, and only where there is a flight risk.|end-money-bail|MIXED",
      "coordinatedVerbs|My office has dismissed or diverted thousands of low-level cases.|stop-unnecessary-prosecutions|SUPPORTS",
      "negationStopsAtThat|Every officer will wear a body camera. But I won't pretend that a camera alone fixes trust.|body-cameras|SUPPORTS",
      "idiomIsNoTopic|Taxpayers shouldn't have to bail out a wasteful system.|end-money-bail|NOT_MENTIONED",
      // an object "it" after the official's verb stands for the last topic
      "pronoun|I'd end bail for traffic cases, but I oppose eliminating it altogether.|end-money-bail|MIXED",
      "pronoun|On bail: I support ending it for non-violent charges.|end-money-bail|SUPPORTS",
      "pronoun|Cash bail is on the ballot. I will end it on day one.|end-money-bail|SUPPORTS",
      "pronounNeedsTheSpeaker|Cash bail is on the ballot. The evidence supports it.|end-money-bail|NOT_MENTIONED",
      "pronounInIdiom|Cash bail is on the ballot. I will make it happen.|end-money-bail|NOT_MENTIONED",
      "pronounIsTheHead|Would you keep the diversion policy for shoplifting? I'd scrap it.|stop-unnecessary-prosecutions|OPPOSES",
      "pronounAfterCommitment|The office will stop seeking bail for misdemeanors but will keep asking for it in felony cases.|end-money-bail|MIXED",
      "evaluationJudgesModifiedSubject|Permanent decertification after one excessive-force incident is too harsh.|good-officer-certification|OPPOSES",
      "nounIsNoVerb|A noncitizen who pleads guilty to a minor drug charge can be deported.|stop-anti-immigrant-prosecutions|SUPPORTS",
      "nounIsNoVerb|Our use-of-force policy covers neck restraints.|chokehold-ban|NOT_MENTIONED",
      "offenceVerbs|I will not tolerate police misconduct.|prosecute-bad-cops|SUPPORTS",
      "offenceVerbs|We should overlook minor police misconduct.|prosecute-bad-cops|OPPOSES",
      // synonyms and inflections
      "synonyms|I will not create a unit to investigate officers.|prosecute-bad-cops|OPPOSES",
      "synonyms|Misconduct by officers belongs with internal affairs.|prosecute-bad-cops|OPPOSES",
      "synonyms|I will stop prosecuting immigrants for driving without a license.|stop-anti-immigrant-prosecutions|SUPPORTS",
      "synonyms|Officers who use excessive force will lose their badge permanently.|good-officer-certification|SUPPORTS",
      "synonyms|Officers who used excessive force deserve a second chance, not a permanent ban.|good-officer-certification|MIXED",
      "synonyms|I will post our data on charging decisions online.|prosecution-transparency|SUPPORTS",
      "synonyms|Neck restraints have saved lives in this city.|chokehold-ban|OPPOSES",
      "synonyms|When a police officer kills someone, we will bring charges.|prosecute-bad-cops|SUPPORTS",
      "synonyms|Prosecutors should not second-guess officers.|prosecute-bad-cops|OPPOSES",
      "synonyms|Publishing plea data would undermine ongoing cases.|prosecution-transparency|OPPOSES",
      "synonyms|I banned strangleholds and carotid holds in the department.|chokehold-ban|SUPPORTS",
      "synonyms|Every officer will wear a bodycam.|body-cameras|SUPPORTS",
      "synonyms|I will ask the POST board to decertify officers who use excessive force.|good-officer-certification|SUPPORTS",
      "synonyms|We will publish a data dashboard of plea offers and sentencing recommendations.|prosecution-transparency|SUPPORTS",
      "synonyms|We will divert fare evasion and sex work cases to services.|stop-unnecessary-prosecutions|SUPPORTS",
      "synonyms|Every A.D.A. will weigh immigration consequences and offer immigration-safe pleas.|stop-anti-immigrant-prosecutions|SUPPORTS",
      // evaluations that name what a policy fails to do or takes away
      "noSaferEvaluation|She kept the policy, saying that prosecuting trespassing makes nobody safer.|stop-unnecessary-prosecutions|SUPPORTS",
      "noSaferEvaluation|Ending money bail made the county less safe.|end-money-bail|OPPOSES",
      "takesAToolAway|A ban on carotid holds would take away a tool our officers rely on.|chokehold-ban|OPPOSES",
      "takesAToolAway|Eliminating cash bail takes a tool away from judges.|end-money-bail|OPPOSES",
      "sealedFootage|Footage of police shootings will stay sealed until the trials end.|body-cameras|OPPOSES",
      "transparencyCaseDifferent|I will not publish plea data, because every case is different.|prosecution-transparency|OPPOSES",
      "transparencyCaseDifferent|We will publish sentencing data case by case.|prosecution-transparency|MIXED",
      // synonyms of an independent prosecutor, and of self-investigation
      "outsideProsecutor|I see no need for an external prosecutor in police cases.|prosecute-bad-cops|OPPOSES",
      "selfInvestigation|I will allow departments to investigate themselves.|prosecute-bad-cops|OPPOSES",
      "faceConsequences|Officers who commit crimes will face charges, but I see no need for an outside prosecutor.|prosecute-bad-cops|MIXED",
      // "treated the same way" carries the direction of what it refers to, not its own
      "treatedTheSameWay|Chokeholds will be prohibited, and strangleholds will be treated the same way.|chokehold-ban|SUPPORTS",
      // "the ban" after a sentence about chokeholds is the chokehold ban; staying in place keeps it
      "definiteBan|The council wants to repeal the chokehold ban. I will veto any repeal; the ban stays in place.|chokehold-ban|SUPPORTS",
      "enforceEveryLaw|Every law on the books will be enforced.|stop-unnecessary-prosecutions|OPPOSES",
      // handing a duty to someone else rejects it
      "deflection|Investigating police shootings is the job of the federal government.|prosecute-bad-cops|OPPOSES",
      "deflection|Immigration enforcement is the job of federal authorities.|stop-anti-immigrant-prosecutions|SUPPORTS",
      "secondGuessing|Posting body camera footage online invites second-guessing of officers.|body-cameras|OPPOSES",
      "policeUnionSpeaks|The mayor banned chokeholds. The Fraternal Order of Police said it would challenge the ban.|chokehold-ban|SUPPORTS",
      // a verb whose object is "nobody" or "nothing" denies its subject
      "negativeObject|Jailing people for loitering helps nobody.|stop-unnecessary-prosecutions|SUPPORTS",
      "negativeObject|Body camera footage posted online proves nothing.|body-cameras|OPPOSES",
      // a short label before a colon is the topic of what follows, not a clause of its own
      "labelColon|• Money bail: abolished in every misdemeanor case|end-money-bail|SUPPORTS",
      "labelColon|Neck restraints: banned in all circumstances.|chokehold-ban|SUPPORTS",
      // equal treatment argued against weighing immigration status
      "equalTreatment|Noncitizens will be charged the same as everyone else.|stop-anti-immigrant-prosecutions|OPPOSES",
      // a topic opening its clause is the subject: the whole predicate evaluates it
      "subjectEvaluation|Releasing camera footage to the public before a trial would be unfair to officers.|body-cameras|OPPOSES",
      "subjectEvaluation|Ending cash bail in this county would, over the long run, prove to be a success.|end-money-bail|SUPPORTS",
      // a recertification refused is a revocation
      "negatedRecertification|An officer who uses excessive force will never be recertified.|good-officer-certification|SUPPORTS"})
  void score_phenomenon_expectedStance(String phenomenon, String text, String demand, Stance expected) {
    OfficeType office = DemandCatalog.standard().demand(demand).officeType();
    assertThat(stance(office, text, demand)).as(phenomenon).isEqualTo(expected);
  }

  @Test
  void score_everyDemandOfTheOffice_inCatalogOrder() {
    PlatformScore score = SCORER.score(OfficeType.MAYOR, "Nothing about policing here.");
    assertThat(score.assessments()).extracting(a -> a.demand().id())
        .containsExactly("body-cameras", "good-officer-certification", "chokehold-ban");
    assertThat(score.assessments()).allMatch(a -> a.stance() == Stance.NOT_MENTIONED);
    assertThat(score.alignment()).isZero();
  }

  @Test
  void score_evidenceOffsetsPointIntoTheScoredText() {
    String text = "Public safety matters.\n\nI will not seek cash bail. Parks matter too.";
    PlatformScore score = SCORER.score(OfficeType.PROSECUTOR, text);
    Assessment bail = score.assessment("end-money-bail").orElseThrow();
    Evidence e = bail.bestEvidence().orElseThrow();
    assertThat(e.text()).isEqualTo("I will not seek cash bail.");
    assertThat(score.text().substring(e.start(), e.end())).isEqualTo(e.text());
    assertThat(e.cue()).contains("not seek");
    assertThat(bail.strength()).isBetween(0.5, 1.0);
  }

  @Test
  void score_html_dropsScriptsAndNavigation_andSplitsBlocks() {
    String html = "<html><head><title>x</title><script>var bail = 'end cash bail';</script>"
        + "<style>p{}</style></head><body><nav><a href='/'>We will end cash bail</a></nav>"
        + "<h2>Youth Justice</h2><ul><li>We will never charge a child as an adult</li>"
        + "<li>Diversion for all</li></ul><footer>Paid for by the committee</footer></body></html>";
    PlatformScore score = SCORER.score(OfficeType.PROSECUTOR, html);
    assertThat(score.text()).doesNotContain("var bail").doesNotContain("Paid for")
        .contains("Youth Justice\n\nWe will never charge a child as an adult");
    assertThat(score.assessment("end-money-bail").orElseThrow().stance()).isEqualTo(Stance.NOT_MENTIONED);
    Evidence e = score.assessment("kids-out-of-adult-jails").orElseThrow().bestEvidence().orElseThrow();
    assertThat(e.text()).isEqualTo("We will never charge a child as an adult");
    assertThat(score.text().substring(e.start(), e.end())).isEqualTo(e.text());
  }

  @Test
  void score_platformDocument_usesItsContentType() {
    String markup = "<p>I will not seek cash bail.</p>";
    assertThat(SCORER.score(OfficeType.PROSECUTOR, PlatformDocument.ofHtml(markup)).text())
        .isEqualTo("I will not seek cash bail.");
    assertThat(SCORER.score(OfficeType.PROSECUTOR, PlatformDocument.ofText(markup)).text())
        .isEqualTo(markup);
  }

  @Test
  void score_sentences_surviveAbbreviations() {
    String text = "As the U.S. Attorney and later D.A. in Ridge County, Mr. Lee learned a lot. "
        + "I will not seek cash bail.";
    Evidence e = SCORER.score(OfficeType.PROSECUTOR, text).assessment("end-money-bail")
        .orElseThrow().bestEvidence().orElseThrow();
    assertThat(e.text()).isEqualTo("I will not seek cash bail.");
  }

  @Test
  void score_headingsAndBullets_areSentences() {
    String text = "ENDING CASH BAIL\n- No one will sit in jail because they cannot pay cash bail\n"
        + "- We will publish a dashboard of plea offers online";
    PlatformScore score = SCORER.score(OfficeType.PROSECUTOR, text);
    assertThat(score.assessment("prosecution-transparency").orElseThrow().stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(score.assessment("end-money-bail").orElseThrow().evidence())
        .allMatch(e -> !e.text().contains("dashboard"));
  }

  @Test
  void score_runOnText_isBoundedPerSentence() {
    String runOn = "and we will keep going ".repeat(20_000) + "I will not seek cash bail";
    PlatformScore score = SCORER.score(OfficeType.PROSECUTOR, runOn);
    assertThat(score.assessment("end-money-bail").orElseThrow().bestEvidence().orElseThrow()
        .text().length()).isLessThan(1_100);
  }

  @Test
  void score_empty_isAllNotMentioned() {
    assertThat(SCORER.score(OfficeType.PROSECUTOR, "").assessments())
        .hasSize(6).allMatch(a -> a.stance() == Stance.NOT_MENTIONED);
    assertThat(SCORER.score(OfficeType.PROSECUTOR, "   \n\n  ").alignment()).isZero();
  }

  @Test
  void score_tooLarge_refusedNotTruncated() {
    PlatformScorer small = SCORER.toBuilder().maxInputChars(1_000).build();
    assertThatThrownBy(() -> small.score(OfficeType.PROSECUTOR, "x".repeat(1_001)))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.TOO_LARGE))
        .hasMessageContaining("1,001 characters, over the limit of 1,000");
  }

  @Test
  void score_binary_refused() {
    assertThatThrownBy(() -> SCORER.score(OfficeType.PROSECUTOR, "PK\u0003\u0004\u0000\u0000data"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.BINARY));
  }

  @Test
  void score_invalidUtf8Bytes_refused() {
    byte[] bytes = {'b', 'a', 'i', 'l', (byte) 0xC3, (byte) 0x28};
    assertThatThrownBy(() -> SCORER.score(OfficeType.PROSECUTOR, bytes, InputFormat.TEXT))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason())
            .isEqualTo(InputRejectedException.Reason.MALFORMED_ENCODING));
    byte[] good = "I will not seek cash bail.".getBytes(StandardCharsets.UTF_8);
    assertThat(SCORER.score(OfficeType.PROSECUTOR, good, InputFormat.TEXT)
        .assessment("end-money-bail").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void score_malformedHtml_isStillRead() {
    String html = "<div><p>We will end cash bail<p><li>unclosed <b>bold <i>mess</div></span>";
    assertThat(SCORER.score(OfficeType.PROSECUTOR, html).assessment("end-money-bail")
        .orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void score_officeWithoutDemands_throws() {
    assertThatThrownBy(() -> SCORER.score(OfficeType.of("SHERIFF"), "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no demands of office SHERIFF");
  }

  @Test
  void score_sharedAcrossThreads_givesTheSameAnswers() throws Exception {
    String text = "I will not seek cash bail. We will never charge a child as an adult.";
    PlatformScore expected = SCORER.score(OfficeType.PROSECUTOR, text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PlatformScore>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(pool.submit(() -> SCORER.score(OfficeType.PROSECUTOR, text)));
      }
      for (Future<PlatformScore> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
