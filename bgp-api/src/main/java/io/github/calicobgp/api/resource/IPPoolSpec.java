package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.CelRules;
import io.github.calicobgp.api.validation.CidrFormat;
import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.ListSize;
import io.github.calicobgp.api.validation.MaxLength;
import io.github.calicobgp.api.validation.OneOf;
import io.github.calicobgp.api.validation.Range;
import io.github.calicobgp.api.validation.Required;
import io.github.calicobgp.api.validation.SelectorSyntax;
import io.github.calicobgp.api.validation.Unique;
import io.github.calicobgp.api.validation.ValidationLayer.Cel;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link IPPool}; see Calico's api/pkg/apis/projectcalico/v3/ippool.go
 * ({@code IPPoolSpec}), and {@code validateIPPoolSpec} in
 * libcalico-go/lib/validator/v3/validator.go and api/config/crd/projectcalico.org_ippools.yaml for
 * the validation rules that the annotations declare.
 */
@GoStructRules(groups = GoRules.class)
@CelRules(groups = Cel.class)
public record IPPoolSpec(
    @Required(groups = CrdSchema.class) @CidrFormat(groups = CrdSchema.class)
        @MaxLength(value = 48, groups = CrdSchema.class) @AlwaysWritten @Nullable String cidr,
    @OneOf(value = {"Never", "Always", "CrossSubnet"}, groups = CrdSchema.class)
        @Nullable String vxlanMode,
    @OneOf(value = {"Never", "Always", "CrossSubnet"}, groups = CrdSchema.class)
        @Nullable String ipipMode,
    @Nullable Boolean natOutgoing,
    @Nullable Boolean disabled,
    @Nullable Boolean disableBGPExport,
    @Range(min = 0, max = 128, groups = CrdSchema.class) @Nullable Integer blockSize,
    @SelectorSyntax(groups = GoRules.class) @MaxLength(value = 1024, groups = CrdSchema.class)
        @Nullable String nodeSelector,
    @SelectorSyntax(groups = GoRules.class) @MaxLength(value = 1024, groups = CrdSchema.class)
        @Nullable String namespaceSelector,
    @ListSize(max = 10, groups = CrdSchema.class) @Unique(groups = CrdSchema.class)
        List<
                @OneOf(value = {"Workload", "Tunnel", "LoadBalancer"}, groups = CrdSchema.class)
                String>
            allowedUses,
    @OneOf(value = {"Automatic", "Manual"}, omitEmpty = false, groups = CrdSchema.class) @Nullable
        String assignmentMode) {

  /**
   * Copies the list; null becomes empty.
   *
   * @param cidr the pool's network, e.g. {@code 192.168.0.0/16}
   * @param vxlanMode {@code Never}, {@code Always} or {@code CrossSubnet}: when traffic is
   *     VXLAN-encapsulated
   * @param ipipMode {@code Never}, {@code Always} or {@code CrossSubnet}: when traffic is
   *     IP-in-IP-encapsulated
   * @param natOutgoing whether traffic leaving the pool is masqueraded
   * @param disabled whether no new addresses are assigned from the pool
   * @param disableBGPExport whether the pool's routes are kept out of BGP
   * @param blockSize the prefix length of the blocks nodes claim
   * @param nodeSelector the nodes that may take blocks from the pool
   * @param namespaceSelector the namespaces whose pods may get addresses from the pool
   * @param allowedUses what the addresses may be used for ({@code Workload}, {@code Tunnel}, {@code
   *     LoadBalancer})
   * @param assignmentMode {@code Automatic} or {@code Manual}
   */
  public IPPoolSpec {
    allowedUses = Immutable.list(allowedUses);
  }

  /**
   * {@return a pool of {@code cidr} with every other field unset}
   *
   * @param cidr the pool's network; null to leave it unset
   */
  public static IPPoolSpec ofCidr(@Nullable String cidr) {
    return new IPPoolSpec(cidr, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * {@return this spec with {@code ipipMode} set}
   *
   * @param mode {@code Never}, {@code Always} or {@code CrossSubnet}; null to unset
   */
  public IPPoolSpec withIpipMode(@Nullable String mode) {
    return new IPPoolSpec(
        cidr, vxlanMode, mode, natOutgoing, disabled, disableBGPExport, blockSize, nodeSelector,
        namespaceSelector, allowedUses, assignmentMode);
  }

  /**
   * {@return this spec with {@code vxlanMode} set}
   *
   * @param mode {@code Never}, {@code Always} or {@code CrossSubnet}; null to unset
   */
  public IPPoolSpec withVxlanMode(@Nullable String mode) {
    return new IPPoolSpec(
        cidr, mode, ipipMode, natOutgoing, disabled, disableBGPExport, blockSize, nodeSelector,
        namespaceSelector, allowedUses, assignmentMode);
  }

  /**
   * {@return this spec with {@code disableBGPExport} set}
   *
   * @param value whether the pool's routes stay out of BGP; null to unset
   */
  public IPPoolSpec withDisableBGPExport(@Nullable Boolean value) {
    return new IPPoolSpec(
        cidr, vxlanMode, ipipMode, natOutgoing, disabled, value, blockSize, nodeSelector,
        namespaceSelector, allowedUses, assignmentMode);
  }

  /** {@return whether BGP export of the pool's routes is disabled} */
  public boolean bgpExportDisabled() {
    return Boolean.TRUE.equals(disableBGPExport);
  }
}
