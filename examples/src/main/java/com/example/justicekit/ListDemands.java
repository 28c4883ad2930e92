package com.example.justicekit;

import org.justicekit.demands.Demand;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;

/** Lists the standard demands made of prosecutors, with their concrete asks. */
public final class ListDemands {
  private ListDemands() {}

  /** Prints each prosecutor demand's id, title and asks. */
  public static void main(String[] args) {
    DemandCatalog catalog = DemandCatalog.standard();
    for (Demand demand : catalog.demands(OfficeType.PROSECUTOR)) {
      System.out.println(demand.id() + ": " + demand.title());
      demand.asks().forEach(ask -> System.out.println("  - " + ask));
    }
  }
}
