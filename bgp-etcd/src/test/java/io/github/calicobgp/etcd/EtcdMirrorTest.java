package io.github.calicobgp.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mirror turns puts, deletes and relists into exactly the events that change anything. */
class EtcdMirrorTest {

  private final List<String> bad = new ArrayList<>();
  private final EtcdMirror mirror = new EtcdMirror((key, message) -> bad.add(key));
  private final Resource a = EtcdSourceFaultTest.node(1, 0);
  private final Resource a2 = EtcdSourceFaultTest.node(1, 1);
  private final Resource b = EtcdSourceFaultTest.peer(2);

  private List<ResourceEvent> put(Resource r, long revision) {
    List<ResourceEvent> out = new ArrayList<>();
    mirror.put(EtcdLayout.keyOf(r), EtcdLayout.valueOf(r), revision, out);
    return out;
  }

  @Test
  void aPutOfAnEqualValueOrTheSameRevisionGivesNoEvent() {
    assertThat(put(a, 1)).containsExactly(ResourceEvent.upsert(a));
    assertThat(put(a, 1)).isEmpty();
    assertThat(put(a, 2)).isEmpty();
    assertThat(put(a2, 3)).containsExactly(ResourceEvent.upsert(a2));
  }

  @Test
  void aRelistDeliversOnlyTheDifference() {
    put(a, 1);
    put(b, 2);
    List<ResourceEvent> out = new ArrayList<>();
    mirror.beginRelist();
    mirror.put(EtcdLayout.keyOf(a2), EtcdLayout.valueOf(a2), 5, out);
    mirror.endRelist(out);
    assertThat(out).containsExactly(ResourceEvent.upsert(a2), ResourceEvent.delete(ResourceKey.of(b)));
    assertThat(mirror.resources()).isEqualTo(1);
  }

  @Test
  void anUndecodableValueDeletesWhatWasDeliveredAndIsReported() {
    put(a, 1);
    List<ResourceEvent> out = new ArrayList<>();
    String key = EtcdLayout.keyOf(a);
    mirror.put(key, "{".getBytes(StandardCharsets.UTF_8), 2, out);
    assertThat(out).containsExactly(ResourceEvent.delete(ResourceKey.of(a)));
    assertThat(bad).containsExactly(key);
    out.clear();
    mirror.delete(key, out);
    assertThat(out).isEmpty();
    mirror.put("/calico/felix/v2/whatever", "{".getBytes(StandardCharsets.UTF_8), 3, out);
    assertThat(out).isEmpty();
    assertThat(bad).containsExactly(key);
  }
}
