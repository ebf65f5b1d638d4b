/**
 * Calico's etcdv3 datastore layout: which etcd key holds which resource, how its value decodes,
 * and dumps of a whole datastore as {@code etcdctl get --prefix /calico} prints them.
 *
 * <p>Calico stores a {@code projectcalico.org/v3} resource as its JSON under {@code
 * /calico/resources/v3/projectcalico.org/<plural>/[<namespace>/]<name>}
 * ({@code libcalico-go/lib/backend/model/resource.go}) and the affinity of an IPAM block to a
 * host under {@code /calico/ipam/v2/host/<node>/ipv4|ipv6/block/<cidr with - for />}, whose value
 * is only {@code {"state":...,"deleted":...}} ({@code
 * libcalico-go/lib/backend/model/block_affinity.go}). {@link EtcdLayout} maps both to the
 * resources of this library and back.
 */
@NullMarked
package io.github.calicobgp.api.etcd;

import org.jspecify.annotations.NullMarked;
