package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.Required;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import org.jspecify.annotations.Nullable;

/** A reference to one key of a Kubernetes Secret (in the namespace calico-node runs in). */
public record SecretKeySelector(
    @Nullable String name,
    @Required(groups = CrdSchema.class) @Nullable String key,
    @Nullable Boolean optional) {

  /**
   * {@return a reference to {@code key} in Secret {@code name}}
   *
   * @param name the Secret's name
   * @param key the key of the Secret's data that holds the value
   */
  public static SecretKeySelector of(String name, String key) {
    return new SecretKeySelector(name, key, null);
  }
}
