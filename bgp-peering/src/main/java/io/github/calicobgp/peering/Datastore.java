package io.github.calicobgp.peering;

import java.util.Locale;

/**
 * The datastore calico-node reads ({@code DATASTORE_TYPE}), which decides what it holds for a
 * resource once written: the engine plans from that stored form ({@link StoredForm}), not from
 * the manifest as written.
 */
public enum Datastore {
  /**
   * The Kubernetes API (KDD, Calico's default): the API server stores the CRD schema's defaults
   * (BGPConfiguration {@code logSeverityScreen: Info} on every BGPConfiguration, ...) and keeps an
   * empty list ({@code []}) apart from an absent one, as {@code kubectl apply} writes it.
   */
  KUBERNETES,
  /**
   * Calico's etcdv3 datastore: resources as calicoctl's Go types store them, without CRD
   * defaulting, and with empty lists dropped by {@code omitempty}.
   */
  ETCD;

  /**
   * The datastore named {@code text}, case-insensitively, as calicoctl's {@code DATASTORE_TYPE}
   * names it ({@code kubernetes}, {@code etcdv3}; also {@code kdd}, {@code etcd}).
   *
   * @param text the name
   * @return the datastore
   * @throws IllegalArgumentException if it names none
   */
  public static Datastore parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "kubernetes", "kdd" -> KUBERNETES;
      case "etcd", "etcdv3" -> ETCD;
      default -> throw new IllegalArgumentException(
          "unknown datastore type \"" + text + "\" (expected etcdv3 or kubernetes)");
    };
  }
}
