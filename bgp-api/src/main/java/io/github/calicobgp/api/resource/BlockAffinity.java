package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.CidrFormat;
import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.OneOf;
import io.github.calicobgp.api.validation.Required;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import jakarta.validation.Valid;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Records that an IPAM block is affine to a node; confd turns each into a blackhole route and
 * an aggregation rule.
 *
 * @param metadata the object's metadata
 * @param spec the affinity; an absent spec is an empty one
 */
public record BlockAffinity(@Valid ObjectMeta metadata, @Valid Spec spec) implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata
   * @param spec the affinity; an absent spec is an empty one
   */
  public BlockAffinity {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? new Spec(null, null, null, null, null) : spec;
  }

  /**
   * The affinity's fields, all always written by Calico except {@code type}.
   *
   * @param state {@code ""} (implicitly confirmed), {@code confirmed}, {@code pending} or
   *     {@code pendingDeletion}
   * @param node the node the block belongs to
   * @param type {@code host} or {@code virtual}
   * @param cidr the block
   * @param deleted a tombstone flag; validation rejects {@code true}, confd ignores it
   */
  @GoStructRules(groups = GoRules.class)
  public record Spec(
      @OneOf(value = {"", "confirmed", "pending", "pendingDeletion"}, omitEmpty = false,
              groups = CrdSchema.class)
          @AlwaysWritten @Nullable String state,
      @AlwaysWritten @Nullable String node,
      @Nullable String type,
      @Required(groups = CrdSchema.class) @CidrFormat(groups = CrdSchema.class) @AlwaysWritten
          @Nullable String cidr,
      @AlwaysWritten @Nullable Boolean deleted) {

    /**
     * {@return the state as an enum, if it is one of the known spellings ({@code null} reads as
     * "")}
     */
    public Optional<BlockAffinityState> stateValue() {
      return WireEnum.parse(BlockAffinityState.class, state == null ? "" : state);
    }
  }
}
