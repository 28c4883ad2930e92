package com.example.justicekit;

import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.PlaceLookup;

/** Looks up the mayor and the prosecutor(s) of a place in the embedded directory, offline. */
public final class LookupPlace {
  private LookupPlace() {}

  /** Prints the offices serving the place given as the first argument (default Chicago, IL). */
  public static void main(String[] args) {
    OfficialsClient client = OfficialsClient.create();   // embedded directory; share it
    PlaceLookup answer = client.lookup(args.length > 0 ? args[0] : "Chicago, IL");
    for (OfficeHolding holding : answer.officials()) {
      System.out.println(holding.office().officeType() + ": " + holding.office().title()
          + (holding.office().elected() ? " (elected)" : " (appointed)")
          + (holding.holder() == null ? "" : ", held by " + holding.holder().name()));
    }
    answer.notes().forEach(note -> System.out.println("note: " + note));
  }
}
