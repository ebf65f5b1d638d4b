package io.github.calicobgp.peering;

/** A Secret's namespace and name, the key of {@link SecretResolver#of}. */
record SecretName(String namespace, String name) {}
