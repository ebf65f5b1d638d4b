/**
 * A live source over Calico's etcdv3 datastore: {@link io.github.calicobgp.etcd.EtcdSource}
 * lists {@code /calico/} at one revision, then watches from the next; it relists on compaction
 * and reconnects with backoff, delivering only differences, so that a {@link
 * io.github.calicobgp.peering.live.LiveCluster} follows etcd event by event.
 */
@NullMarked
package io.github.calicobgp.etcd;

import org.jspecify.annotations.NullMarked;
