package io.github.calicobgp.api.resource;

import java.util.List;

/** The ordered rules of a {@link BGPFilter}, per direction and IP family. */
public record BGPFilterSpec(
    List<BGPFilterRule> exportV4,
    List<BGPFilterRule> importV4,
    List<BGPFilterRule> exportV6,
    List<BGPFilterRule> importV6) {

  /** Copies the lists; null lists become empty. */
  public BGPFilterSpec {
    exportV4 = Immutable.list(exportV4);
    importV4 = Immutable.list(importV4);
    exportV6 = Immutable.list(exportV6);
    importV6 = Immutable.list(importV6);
  }
}
