package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.SecretKeySelector;
import io.github.calicobgp.api.resource.SecretValueException;
import io.github.calicobgp.peering.NodePlan;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** References to BGPFilters, Secrets and Secret keys that do not exist. */
final class ReferenceChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    for (BGPPeer peer : view.snapshot().bgpPeers()) {
      String name = Text.bgpPeer(peer.metadata().nameOrEmpty());
      List<String> nodes = view.nodesUsing(peer.metadata().nameOrEmpty());
      for (String filter : peer.spec().filters()) {
        if (view.snapshot().bgpFilter(filter).isEmpty()) {
          findings.add(Finding.of(FindingCode.BGPFILTER_NOT_FOUND, name + " refers to BGPFilter '"
              + filter + "', which does not exist: confd skips it silently, so its peerings"
              + on(nodes) + " import and export routes without it.", nodes,
              List.of(name, "BGPFilter/" + filter)));
        }
      }
      // Calico's quirk (localBGPPeerDataAsBGPPeers, confd/pkg/backends/calico/client.go):
      // local-workload peerings ignore the password.
      if (peer.spec().localWorkloadSelector() == null
          || peer.spec().localWorkloadSelector().isEmpty()) {
        secret(view, name, "its password", nodes, peer.spec().password()).ifPresent(findings::add);
      }
    }
    Optional<BGPConfiguration> config = view.snapshot().defaultConfiguration();
    if (config.isPresent()) {
      List<String> meshNodes = view.plan().nodes().stream()
          .filter(ClusterView::hasMeshPeers)
          .map(NodePlan::nodeName).toList();
      secret(view, ClusterView.DEFAULT_CONFIGURATION, "the node-to-node mesh password",
          meshNodes, config.get().spec().nodeMeshPassword()).ifPresent(findings::add);
    }
  }

  private static Optional<Finding> secret(ClusterView view, String source, String what,
      List<String> nodes, @Nullable BGPPassword password) {
    SecretKeySelector ref = password == null ? null : password.secretKeyRef();
    if (ref == null) {
      return Optional.empty();
    }
    String namespace = view.plan().options().secretNamespace();
    String secretName = ref.name() == null ? "" : ref.name();
    String key = ref.key() == null ? "" : ref.key();
    String secret = "Secret " + namespace + "/" + secretName;
    String consequence = ": confd sets no password on its peerings" + on(nodes)
        + ", so they fail against a peer that expects one.";
    List<String> resources = List.of(source, "Secret/" + namespace + "/" + secretName);
    if (!view.snapshot().secrets().exists(namespace, secretName)) {
      return Optional.of(Finding.of(FindingCode.SECRET_NOT_FOUND, source + " takes " + what
          + " from " + secret + ", which does not exist" + consequence, nodes, resources));
    }
    Optional<String> value;
    try {
      value = view.snapshot().secrets().value(namespace, secretName, key);
    } catch (SecretValueException e) {
      return Optional.of(Finding.of(FindingCode.SECRET_VALUE_NOT_UTF8, source + " takes " + what
          + " from key '" + key + "' of " + secret + ", whose value is not valid UTF-8 text:"
          + " confd would write its raw bytes; render refuses to write its peerings" + on(nodes)
          + ".", nodes, resources));
    }
    if (value.isEmpty()) {
      return Optional.of(Finding.of(FindingCode.SECRET_KEY_NOT_FOUND, source + " takes " + what
          + " from key '" + key + "' of " + secret + ", which has no such key (or its value is "
          + "not valid base64)" + consequence, nodes, resources));
    }
    return Optional.empty();
  }

  private static String on(List<String> nodes) {
    return nodes.isEmpty() ? "" : " (on " + Text.list(nodes) + ")";
  }
}
