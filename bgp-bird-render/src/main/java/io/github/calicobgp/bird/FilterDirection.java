package io.github.calicobgp.bird;

import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;

/** Import or export: the two kinds of BGPFilter function, in confd's order. */
enum FilterDirection {
  IMPORT("import"),
  EXPORT("export");

  private final String word;

  FilterDirection(String word) {
    this.word = word;
  }

  /** {@code import} or {@code export}, as in function names. */
  String word() {
    return word;
  }

  /** This direction's rules for {@code family}, e.g. {@code importV4}. */
  List<BGPFilterRule> rules(BGPFilterSpec spec, IPFamily family) {
    boolean v4 = family == IPFamily.V4;
    return this == IMPORT
        ? (v4 ? spec.importV4() : spec.importV6())
        : (v4 ? spec.exportV4() : spec.exportV6());
  }

  /** The field holding this direction's rules for {@code family}, e.g. {@code spec.importV4}. */
  String field(IPFamily family) {
    return "spec." + word + "V" + family.version();
  }
}
