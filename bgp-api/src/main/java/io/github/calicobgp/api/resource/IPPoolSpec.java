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

  /** Copies the list; null becomes empty. */
  public IPPoolSpec {
    allowedUses = Immutable.list(allowedUses);
  }

  /** A pool of {@code cidr} with every other field unset. */
  public static IPPoolSpec ofCidr(@Nullable String cidr) {
    return new IPPoolSpec(cidr, null, null, null, null, null, null, null, null, null, null);
  }

  /** This spec with {@code ipipMode} set. */
  public IPPoolSpec withIpipMode(@Nullable String mode) {
    return new IPPoolSpec(
        cidr, vxlanMode, mode, natOutgoing, disabled, disableBGPExport, blockSize, nodeSelector,
        namespaceSelector, allowedUses, assignmentMode);
  }

  /** This spec with {@code vxlanMode} set. */
  public IPPoolSpec withVxlanMode(@Nullable String mode) {
    return new IPPoolSpec(
        cidr, mode, ipipMode, natOutgoing, disabled, disableBGPExport, blockSize, nodeSelector,
        namespaceSelector, allowedUses, assignmentMode);
  }

  /** This spec with {@code disableBGPExport} set. */
  public IPPoolSpec withDisableBGPExport(@Nullable Boolean value) {
    return new IPPoolSpec(
        cidr, vxlanMode, ipipMode, natOutgoing, disabled, value, blockSize, nodeSelector,
        namespaceSelector, allowedUses, assignmentMode);
  }

  /** Whether BGP export of the pool's routes is disabled. */
  public boolean bgpExportDisabled() {
    return Boolean.TRUE.equals(disableBGPExport);
  }
}
