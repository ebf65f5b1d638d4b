package io.github.calicobgp.api.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The settings of an {@link IPPool}; see api-spec §2.4. */
public record IPPoolSpec(
    @AlwaysWritten @Nullable String cidr,
    @Nullable String vxlanMode,
    @Nullable String ipipMode,
    @Nullable Boolean natOutgoing,
    @Nullable Boolean disabled,
    @Nullable Boolean disableBGPExport,
    @Nullable Integer blockSize,
    @Nullable String nodeSelector,
    @Nullable String namespaceSelector,
    List<String> allowedUses,
    @Nullable String assignmentMode) {

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
