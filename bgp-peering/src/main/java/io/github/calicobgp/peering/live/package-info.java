/**
 * The contract between live datastores and the cluster state: a {@link
 * io.github.calicobgp.peering.live.ResourceSource} delivers batches of resource events and an
 * "in sync" signal, and a {@link io.github.calicobgp.peering.live.LiveCluster} applies them to a
 * {@link io.github.calicobgp.peering.ClusterState} and hands the change sets to its subscribers.
 */
@NullMarked
package io.github.calicobgp.peering.live;

import org.jspecify.annotations.NullMarked;
