package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: the constructions of real candidates' language that the reader composes, one rule
 * per group, in sentences written for this test (none is taken from a real platform or from
 * the labelled sets).
 */
final class RealLanguageTest {
  private static final PlatformScorer SCORER = PlatformScorer.create();

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', value = {
      // a restrictive relative clause picks out who; the main verb says what happens to them
      "relative|MAYOR|Every officer who uses a chokehold will be fired.|chokehold-ban|SUPPORTS",
      // each "no" of a list has its own item
      "negationList|MAYOR|No more kneeling on necks, no more carotid holds, and no more officers who ignore the rule.|chokehold-ban|SUPPORTS",
      // an answer that names no topic speaks of the question's
      "answer|PROSECUTOR|Q: What about cash bail? A: It stays. Judges need options.|end-money-bail|OPPOSES",
      "answer|MAYOR|2. A ban on chokeholds and all neck restraints by police? Oppose. The current policy is adequate.|chokehold-ban|OPPOSES",
      "answer|MAYOR|Q: Would you keep the ban on police chokeholds? A: Keep it and enforce it.|chokehold-ban|SUPPORTS",
      // a condition after the topic qualifies a conditional commitment
      "condition|MAYOR|I'd support body cameras if the state paid for them.|body-cameras|MIXED",
      // a topic joined to another demand's topic by a preposition only modifies it
      "modifier|PROSECUTOR|We will not seek bail for low-level offenses.|stop-unnecessary-prosecutions|NOT_MENTIONED",
      "modifier|PROSECUTOR|We will not seek bail for low-level offenses.|end-money-bail|SUPPORTS",
      "modifier|PROSECUTOR|We won't ask for cash bail in shoplifting cases. I will keep prosecuting shoplifting.|stop-unnecessary-prosecutions|OPPOSES",
      "coordinationSharesVerb|PROSECUTOR|I will end cash bail and adult court transfers for children.|kids-out-of-adult-jails|SUPPORTS",
      // a colon after a verb opens the list of its objects
      "listColon|PROSECUTOR|My office will decline to prosecute: loitering, trespassing, fare evasion.|stop-unnecessary-prosecutions|SUPPORTS",
      "listColon|PROSECUTOR|We will keep charging: shoplifting, public intoxication and loitering.|stop-unnecessary-prosecutions|OPPOSES",
      // the practice after "from" is what the verb keeps someone away from
      "from|PROSECUTOR|We will shield immigrant workers from deportation.|stop-anti-immigrant-prosecutions|SUPPORTS",
      "from|PROSECUTOR|I will move every teenager from adult jails within a month.|kids-out-of-adult-jails|SUPPORTS",
      "from|PROSECUTOR|We will remove children from adult jails.|kids-out-of-adult-jails|SUPPORTS",
      // overlapping topics of one demand take the first's direction
      "overlap|PROSECUTOR|The zero bail schedule took away our ability to hold repeat offenders.|end-money-bail|OPPOSES",
      // a cue word inside another demand's topic is no cue
      "cueInTopic|PROSECUTOR|Our site lists charges filed and case outcomes every month, online.|stop-unnecessary-prosecutions|NOT_MENTIONED",
      // a broad hedge keeps MIXED beside the demand's own narrowing hedge
      "broadHedge|PROSECUTOR|I would consider adult court for a teenager when the facts of the case call for it.|kids-out-of-adult-jails|MIXED",
      "narrowingOnly|PROSECUTOR|I will keep seeking adult charges when the facts of the case call for it.|kids-out-of-adult-jails|OPPOSES",
      // an offence judged as an offence
      "offence|PROSECUTOR|Retail theft is a plague on our downtown.|stop-unnecessary-prosecutions|OPPOSES",
      "offence|PROSECUTOR|Shoplifting is a crime, and this office will treat it as one.|stop-unnecessary-prosecutions|OPPOSES",
      "offence|PROSECUTOR|Sleeping outside is not a crime.|stop-unnecessary-prosecutions|SUPPORTS",
      "offenceProsecutionJudged|PROSECUTOR|Jailing people for sleeping outside is cruel.|stop-unnecessary-prosecutions|SUPPORTS",
      // a verb beyond the window governs the verb chain inside it
      "chain|PROSECUTOR|I will repeal the office policy that bars our line prosecutors from ever seeking a transfer of sixteen- and seventeen-year-olds to adult court.|kids-out-of-adult-jails|OPPOSES",
      // a gerund subject is judged by its predicate
      "gerundSubject|PROSECUTOR|Publishing every individual plea offer online would only hand defense lawyers a map for gaming the system.|prosecution-transparency|OPPOSES",
      // a compound naming the reform
      "compound|MAYOR|I signed the carotid restraint ban in my first month.|chokehold-ban|SUPPORTS",
      "compound|MAYOR|I will lift the neck restraint ban on day one.|chokehold-ban|OPPOSES",
      // supportive negation and past belief
      "zero|PROSECUTOR|This year we filed zero cases against children in adult court.|kids-out-of-adult-jails|SUPPORTS",
      "pastBelief|MAYOR|I once believed chokeholds were a necessary tool for officers.|chokehold-ban|SUPPORTS",
      // vocabulary families
      "predicateNoun|MAYOR|I will sign an ordinance making carotid holds a misdemeanor for any officer.|chokehold-ban|SUPPORTS",
      "chargedWithIsNoPredicate|PROSECUTOR|We will not ask for cash bail when someone is charged with a misdemeanor.|end-money-bail|SUPPORTS",
      "confidential|PROSECUTOR|Plea data should stay confidential.|prosecution-transparency|OPPOSES",
      "illegal|MAYOR|Under my administration neck restraints will be illegal for every officer.|chokehold-ban|SUPPORTS",
      "nominalisation|MAYOR|I led the elimination of chokeholds from police training.|chokehold-ban|SUPPORTS",
      "disaster|PROSECUTOR|Cashless bail has been a catastrophe for victims.|end-money-bail|OPPOSES",
      "reformHedge|PROSECUTOR|I have always supported bail reform.|end-money-bail|MIXED",
      "reformMovement|MAYOR|Putting a body camera on every officer is a step toward police reform.|body-cameras|SUPPORTS",
      "threshold|PROSECUTOR|I will push to lower the felony theft threshold so repeat thieves face real charges.|stop-unnecessary-prosecutions|OPPOSES",
      "citeAndRelease|PROSECUTOR|We will expand cite and release for petty offenses.|stop-unnecessary-prosecutions|SUPPORTS",
      "alienVocabulary|PROSECUTOR|Criminal aliens will be prosecuted and handed to federal agents.|stop-anti-immigrant-prosecutions|OPPOSES",
      "fight|MAYOR|I will fight every attempt to decertify officers over one complaint.|good-officer-certification|OPPOSES",
      "ineffective|MAYOR|Annual recertification won't fix anything in this department.|good-officer-certification|OPPOSES",
      "attack|PROSECUTOR|The push for an independent prosecutor is an attack on every officer.|prosecute-bad-cops|OPPOSES",
      // attribution: a spokesperson speaks for the official; a bill's content is not hers
      "spokesperson|MAYOR|Through a spokeswoman, the mayor said she opposes a ban on neck restraints.|chokehold-ban|OPPOSES",
      "billContent|PROSECUTOR|The bill would end cash bail statewide.|end-money-bail|NOT_MENTIONED",
      "campaigners|PROSECUTOR|Youth advocates are pushing a measure to raise the age for adult prosecution.|kids-out-of-adult-jails|NOT_MENTIONED",
      // a bare mention beside another demand's stance is a stray word
      "strayMention|PROSECUTOR|We ended cash bail the year the diversion office opened.|stop-unnecessary-prosecutions|NOT_MENTIONED",
  })
  void score_realLanguage_issue12(String rule, OfficeType office, String text, String demand,
      Stance expected) {
    assertThat(SCORER.score(office, text).assessment(demand).orElseThrow().stance())
        .as(rule)
        .isEqualTo(expected);
  }
}
