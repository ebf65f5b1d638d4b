package io.github.calicobgp.cli;

import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import io.github.calicobgp.peering.SessionGraph;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp sessions}: every BGP session of the cluster, once, with totals. */
@Command(
    name = "sessions",
    description = {
      "Computes every node's peers and lists each BGP session once: sessions between two"
          + " Calico nodes (with the protocol name at each end, or '-' where an end is not"
          + " configured: a half-open session), then sessions to addresses that are no Calico"
          + " node, then totals and the number of sessions per node."
    })
final class SessionsCommand extends CliCommand {

  @Mixin private OutputOption output = new OutputOption();

  @Parameters(paramLabel = "FILE", arity = "0..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  /** Where the rows go: the command's output, buffered while {@link #run} prints. */
  private PrintWriter out;

  @Override
  int run() {
    // The command's writer flushes at every line; a mesh has millions: one flush at the end.
    out = new PrintWriter(new BufferedWriter(out(), 1 << 16));
    ClusterPlan plan = new PeeringEngine().planAll(snapshot(files, datastore));
    SessionGraph graph = SessionGraph.of(plan);
    switch (output.format) {
      case TABLE -> table(graph);
      case JSON -> StructuredOutput.printJson(document(graph), out);
      case YAML -> StructuredOutput.printYaml(document(graph), out);
    }
    out.flush();
    return 0;
  }

  private void table(SessionGraph graph) {
    if (!graph.nodeToNodeSessions().isEmpty()) {
      // A mesh of n nodes has n(n-1)/2 sessions: rows are made as they are printed.
      Iterable<List<String>> rows = () -> graph.nodeToNodeSessions().stream()
          .map(s -> List.of(family(s.family().version()), s.first().node(), protocol(s.first()),
              s.second().node(), protocol(s.second()), type(s), status(s)))
          .iterator();
      TextTable.stream(List.of("FAMILY", "NODE", "PEER", "NODE", "PEER", "TYPE", "STATUS"),
          rows, out);
      out.println();
    }
    if (!graph.externalSessions().isEmpty()) {
      TextTable external =
          new TextTable(List.of("FAMILY", "NODE", "PEER", "ADDRESS", "AS", "TYPE"));
      for (ExternalSession s : graph.externalSessions()) {
        Peer p = s.peer();
        external.add(List.of(family(s.family().version()), s.node(), p.name(),
            p.address().toString(), p.remoteAS().toString(), p.isInternal() ? "iBGP" : "eBGP"));
      }
      external.print(out);
      out.println();
    }
    out.println("node-to-node sessions: " + graph.nodeToNodeCount()
        + " (half-open: " + graph.halfOpenSessions().size() + ")");
    out.println("external sessions:     " + graph.externalSessions().size());
    out.println();
    TextTable perNode = new TextTable(List.of("NODE", "SESSIONS"));
    graph.sessionCounts().forEach((node, count) -> perNode.add(List.of(node, count.toString())));
    perNode.print(out);
  }

  private static Map<String, Object> document(SessionGraph graph) {
    // Made as they are printed: a mesh of n nodes has n(n-1)/2 sessions.
    Iterable<Object> nodeToNode = () -> graph.nodeToNodeSessions().stream()
        .<Object>map(SessionsCommand::fields).iterator();
    List<Object> external = new ArrayList<>();
    for (ExternalSession s : graph.externalSessions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("node", s.node());
      m.put("peer", PeerView.fields(s.peer()));
      external.add(m);
    }
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("nodeToNode", graph.nodeToNodeCount());
    totals.put("halfOpen", graph.halfOpenSessions().size());
    totals.put("external", graph.externalSessions().size());
    totals.put("perNode", new LinkedHashMap<>(graph.sessionCounts()));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("nodeToNodeSessions", new StructuredOutput.Rows(nodeToNode));
    doc.put("externalSessions", external);
    doc.put("totals", totals);
    return doc;
  }

  private static Map<String, Object> fields(Session s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", family(s.family().version()));
    m.put("type", type(s));
    m.put("halfOpen", s.isHalfOpen());
    m.put("ends", List.of(end(s.first()), end(s.second())));
    return m;
  }

  private static Map<String, Object> end(SessionEnd end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("node", end.node());
    m.put("peer", end.peer() == null ? null : PeerView.fields(end.peer()));
    return m;
  }

  private static String family(int version) {
    return version == 4 ? "IPv4" : "IPv6";
  }

  private static String protocol(SessionEnd end) {
    return end.peer() == null ? "-" : end.peer().name();
  }

  /** iBGP or eBGP as the configured end(s) see it; "iBGP/RR" when one end reflects to the other. */
  private static String type(Session s) {
    Peer p = s.first().peer() != null ? s.first().peer() : s.second().peer();
    boolean reflected = (s.first().peer() != null && s.first().peer().isRouteReflectorClient())
        || (s.second().peer() != null && s.second().peer().isRouteReflectorClient());
    boolean internal = p != null && p.isInternal();
    if (reflected) {
      return internal ? "iBGP/RR" : "eBGP/RR";
    }
    return internal ? "iBGP" : "eBGP";
  }

  private static String status(Session s) {
    if (!s.isHalfOpen()) {
      return "ok";
    }
    String configured = s.first().isConfigured() ? s.first().node() : s.second().node();
    return "half-open (only " + configured + " peers)";
  }
}
