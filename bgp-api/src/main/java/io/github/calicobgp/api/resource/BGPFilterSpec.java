package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchemaV4;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchemaV6;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import io.github.calicobgp.api.validation.ValidationLayer.GoRulesV4;
import io.github.calicobgp.api.validation.ValidationLayer.GoRulesV6;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import java.util.List;

/**
 * The ordered rules of a {@link BGPFilter}, per direction and IP family. Each list validates
 * its rules with the family's groups ({@code GoRulesV4}, ...), which extend the layer groups.
 */
public record BGPFilterSpec(
    List<
            @Valid @ConvertGroup(from = GoRules.class, to = GoRulesV4.class)
            @ConvertGroup(from = CrdSchema.class, to = CrdSchemaV4.class) BGPFilterRule>
        exportV4,
    List<
            @Valid @ConvertGroup(from = GoRules.class, to = GoRulesV4.class)
            @ConvertGroup(from = CrdSchema.class, to = CrdSchemaV4.class) BGPFilterRule>
        importV4,
    List<
            @Valid @ConvertGroup(from = GoRules.class, to = GoRulesV6.class)
            @ConvertGroup(from = CrdSchema.class, to = CrdSchemaV6.class) BGPFilterRule>
        exportV6,
    List<
            @Valid @ConvertGroup(from = GoRules.class, to = GoRulesV6.class)
            @ConvertGroup(from = CrdSchema.class, to = CrdSchemaV6.class) BGPFilterRule>
        importV6) {

  /**
   * Copies the lists; null lists become empty.
   *
   * @param exportV4 the rules of IPv4 routes sent to peers, in order
   * @param importV4 the rules of IPv4 routes received from peers, in order
   * @param exportV6 the rules of IPv6 routes sent to peers, in order
   * @param importV6 the rules of IPv6 routes received from peers, in order
   */
  public BGPFilterSpec {
    exportV4 = Immutable.list(exportV4);
    importV4 = Immutable.list(importV4);
    exportV6 = Immutable.list(exportV6);
    importV6 = Immutable.list(importV6);
  }
}
