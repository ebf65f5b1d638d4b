/**
 * A live source over Calico's Kubernetes datastore (KDD): {@link
 * io.github.calicobgp.kubernetes.KubernetesSource} follows the Kubernetes API with fabric8
 * informers (v1 Nodes, Calico's {@code crd.projectcalico.org/v1} custom resources, the Secrets
 * BGPPeers take passwords from, and Services and EndpointSlices when service advertisement is
 * on), so that a {@link io.github.calicobgp.peering.live.LiveCluster} follows the cluster event
 * by event.
 */
@NullMarked
package io.github.calicobgp.kubernetes;

import org.jspecify.annotations.NullMarked;
