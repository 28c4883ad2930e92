package org.justicekit.scoring;

import org.justicekit.demands.Stance;

/** What one sentence says about one demand. */
enum Reading {
  /** Nothing. */
  NONE(Stance.NOT_MENTIONED),
  /** A bare mention of the reform: a weak support. */
  WEAK(Stance.SUPPORTS),
  SUPPORT(Stance.SUPPORTS),
  OPPOSE(Stance.OPPOSES),
  MIXED(Stance.MIXED);

  final Stance stance;

  Reading(Stance stance) {
    this.stance = stance;
  }

  /** Whether the reading takes a position: support, opposition or mixed. */
  boolean firm() {
    return this == SUPPORT || this == OPPOSE || this == MIXED;
  }
}
