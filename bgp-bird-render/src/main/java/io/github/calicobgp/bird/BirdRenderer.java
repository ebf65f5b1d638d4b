package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PlanField;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a node's plan into the six BIRD 1.x files, byte for byte as Calico's confd templates
 * do (the templates in node/filesystem/etc/calico/confd/templates/), with every input string
 * checked first ({@link BirdStrings}). Stateless
 * and thread-safe; the same plan always gives the same bytes.
 */
public final class BirdRenderer {

  /** Why a negative route priority is refused. */
  static final String NEGATIVE_PRIORITY =
      "a route priority must not be negative (BIRD's krt_metric reads it as a syntax error)";

  /** A renderer; it holds no state, so one can serve every thread. */
  public BirdRenderer() {}

  /**
   * {@return the six files of {@code plan}}
   *
   * @param plan the node's plan
   * @throws UnsafeConfigValueException when a value cannot safely reach BIRD text (see {@link
   *     BirdStrings}), including a missing router id
   * @throws InvalidBGPFilterException when a BGPFilter rule of an enabled family is one confd
   *     refuses to render ({@code filterStatement}, confd/pkg/resource/template/template_funcs.go)
   */
  public BirdConfig render(NodePlan plan) {
    String routerId;
    try {
      routerId = BirdStrings.routerId(plan.routerId(), plan.nodeName());
    } catch (UnsafeConfigValueException e) {
      throw e.tracing(PlanField.ROUTER_ID, null, plan.routerId());
    }
    checkPriority(plan, plan.ipv4(), PlanField.IPV4_NORMAL_ROUTE_PRIORITY);
    checkPriority(plan, plan.ipv6(), PlanField.IPV6_NORMAL_ROUTE_PRIORITY);
    FilterNames names = new FilterNames();
    BirdMainFile main = new BirdMainFile(plan, routerId, names);
    BirdIpamFile ipam = new BirdIpamFile(plan);
    BirdAggrFile aggr = new BirdAggrFile(plan);
    PoolStatements v4Pools = PoolStatements.of(plan.ipv4());
    PoolStatements v6Pools = PoolStatements.of(plan.ipv6());
    Map<String, String> files = new HashMap<>();
    files.put("bird.cfg", main.render(plan.ipv4()));
    files.put("bird6.cfg", main.render(plan.ipv6()));
    files.put("bird_ipam.cfg", ipam.render(plan.ipv4(), v4Pools));
    files.put("bird6_ipam.cfg", ipam.render(plan.ipv6(), v6Pools));
    files.put("bird_aggr.cfg", aggr.render(plan.ipv4()));
    files.put("bird6_aggr.cfg", aggr.render(plan.ipv6()));
    return new BirdConfig(files, v4Pools.usesKrtTunnel() || v6Pools.usesKrtTunnel());
  }

  /** BIRD reads a negative {@code krt_metric = -1;} as a syntax error. */
  private static void checkPriority(NodePlan plan, FamilyPlan family, PlanField field) {
    int priority = family.normalRoutePriority();
    if (priority < 0) {
      throw new UnsafeConfigValueException("node " + plan.nodeName(),
          "ipv" + family.family().version() + "NormalRoutePriority",
          NEGATIVE_PRIORITY,
          DisplayText.quote(Integer.toString(priority)), field, null);
    }
  }
}
