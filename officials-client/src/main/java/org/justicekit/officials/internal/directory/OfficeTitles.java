package org.justicekit.officials.internal.directory;

import java.util.regex.Pattern;

/**
 * Recognises the two offices JusticeKit cares about from the titles providers use: the mayor
 * (not a vice, deputy or pro-tem mayor) and the elected local prosecutor under its many local
 * titles (District Attorney, State's Attorney, County Attorney, Commonwealth's Attorney,
 * Prosecuting Attorney, Circuit Attorney, Solicitor, State Attorney...), not their assistants,
 * city attorneys, U.S. Attorneys or attorneys general.
 */
public final class OfficeTitles {
  private static final Pattern MAYOR = Pattern.compile("(?i)\\bmayor\\b");
  private static final Pattern NOT_MAYOR = Pattern.compile(
      "(?i)\\b(vice|deputy|assistant|pro[ -]?tem(pore)?|acting|former|chief of staff)\\b");
  private static final Pattern PROSECUTOR = Pattern.compile("(?i)\\b("
      + "district attorney|state'?s attorney|state attorney|county attorney"
      + "|commonwealth'?s attorney|prosecuting attorney|circuit attorney|county prosecutor"
      + "|prosecutor|solicitor)\\b");
  private static final Pattern NOT_PROSECUTOR = Pattern.compile("(?i)\\b("
      + "assistant|deputy|associate|special|united states|u\\.\\s?s\\.|federal|attorney general"
      + "|solicitor general|city attorney|city solicitor|county solicitor|town solicitor"
      + "|city prosecutor|municipal|investigator|victim)\\b");

  private OfficeTitles() {}

  public static boolean isMayor(String title) {
    return MAYOR.matcher(title).find() && !NOT_MAYOR.matcher(title).find();
  }

  public static boolean isProsecutor(String title) {
    return PROSECUTOR.matcher(title).find() && !NOT_PROSECUTOR.matcher(title).find();
  }
}
