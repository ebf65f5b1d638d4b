package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.manifest.SourceLocation;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.validation.ClusterValidator;
import io.github.calicobgp.api.validation.Violation;
import io.github.calicobgp.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp validate FILE...}: Calico's validation of every resource, and of the set. */
@Command(
    name = "validate",
    description = {
      "Checks every resource against Calico's validation rules: the Go rules, the CRD schema"
          + " (after its defaults) and the CRD's CEL rules, as calicoctl and the API server"
          + " apply them; then the checks Calico's client makes against other resources"
          + " (BGPPeer filters exist, per-node BGPConfigurations set no cluster-wide field,"
          + " IPPools do not overlap).",
      "Prints nothing when everything is valid; otherwise one line per problem on stderr,"
          + " file:line: Kind/name: field: message, and exits with 1."
    })
final class ValidateCommand extends CliCommand {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  @Override
  int run() {
    ResourceSet resources = read(files, datastore);
    List<Violation> cluster = new ClusterValidator().validate(resources.all());
    Validator validator = new Validator();
    // A set: the same message can come from two layers (a Go rule and the schema).
    Set<String> lines = new LinkedHashSet<>();
    Map<String, Resource> seen = new HashMap<>();
    for (Resource resource : resources.all()) {
      Resource first = seen.putIfAbsent(identity(resource), resource);
      if (first != null) {
        lines.add(Problems.duplicate(resources, resource, first));
      }
      List<Violation> violations = new ArrayList<>(validator.validate(resource));
      cluster.stream().filter(v -> belongsTo(v, resource, resources)).forEach(violations::add);
      // In the order of the file; a stable sort keeps Go rules before schema and CEL on a line.
      violations.sort(Comparator.comparingInt(v -> line(resources, resource, v)));
      violations.forEach(v -> lines.add(Problems.line(resources, resource, v)));
    }
    if (!lines.isEmpty()) {
      throw new InvalidInputException(List.copyOf(lines));
    }
    return 0;
  }

  /** Kind, namespace and name: two resources with the same identity are one object in Calico. */
  private static String identity(Resource r) {
    return r.kind() + "/" + r.metadata().namespaceOrEmpty() + "/" + r.metadata().nameOrEmpty();
  }

  private static int line(ResourceSet resources, Resource resource, Violation v) {
    return resources.locationOf(resource, v.fieldPath()).map(SourceLocation::line).orElse(0);
  }

  /** Whether {@code v} is about {@code resource}: the first resource of its kind and name. */
  private static boolean belongsTo(Violation v, Resource resource, ResourceSet resources) {
    Resource first =
        resources.all().stream()
            .filter(r -> r.kind().equals(v.kind()) && r.metadata().nameOrEmpty().equals(v.name()))
            .findFirst()
            .orElse(null);
    return first == resource;
  }
}
