package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.CidrFormat;
import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.OneOf;
import io.github.calicobgp.api.validation.Required;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import io.github.calicobgp.api.value.CIDR;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  /** The longest name Kubernetes accepts, plus one. */
  private static final int MAX_NAME = 253;

  /**
   * The name Calico gives the CRD of a block affinity: {@code <host>-<cidr>} with {@code .},
   * {@code :} and {@code /} as {@code -}, shortened with a hash when too long ({@code
   * libcalico-go/lib/backend/k8s/resources/ipam_affinity_v1.go}, {@code parseKey}).
   *
   * @param host the node
   * @param cidr the block, masked
   * @return the name
   */
  public static String calicoName(String host, CIDR cidr) {
    String cidrName = cidr.toString().replace('.', '-').replace(':', '-').replace('/', '-');
    String name = host + "-" + cidrName;
    if (name.length() < MAX_NAME) {
      return name;
    }
    String shortened = host.substring(0, MAX_NAME - 1 - cidrName.length() - 13) + "-" + cidrName;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((host + "+" + cidrName).getBytes(StandardCharsets.UTF_8));
      return shortened + "-" + HexFormat.of().formatHex(hash).substring(0, 11);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
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
