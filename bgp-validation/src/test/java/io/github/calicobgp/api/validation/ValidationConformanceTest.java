package io.github.calicobgp.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.conformance.ConformanceCorpus;
import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs Calico's validation cases ({@code conformance/validation/validation-cases.yaml}): each case
 * becomes a manifest, read with {@link Manifests} (a decoding error counts as invalid) and
 * validated with the layers of its {@code scope}.
 */
class ValidationConformanceTest {

  private static final String CASES = "validation/validation-cases.yaml";

  private final Validator validator = new Validator();

  @TestFactory
  Stream<DynamicTest> calicoValidationCases() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private void check(Case c) {
    List<String> problems = problems(c);
    assertThat(problems.isEmpty()).as("valid? problems: %s", problems).isEqualTo(c.valid());
    if (c.expectedErrorContains() != null) {
      assertThat(problems)
          .as("a problem mentioning %s", c.expectedErrorContains())
          .anyMatch(p -> p.contains(c.expectedErrorContains()));
    }
  }

  /** The decoding problems, or else the violations (message and "field: message" each). */
  private List<String> problems(Case c) {
    ResourceSet read;
    try {
      read = Manifests.read(c.manifest(), c.name());
    } catch (ManifestException e) {
      return e.problems().stream().map(Object::toString).toList();
    }
    assertThat(read.all()).hasSize(1);
    Resource resource = read.all().get(0);
    return validator.validate(resource, c.layers()).stream()
        .flatMap(v -> Stream.of(v.message(), v.describe()))
        .toList();
  }

  private static List<Case> cases() {
    Path file = ConformanceCorpus.file(CASES);
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> raw =
        (List<Map<String, Object>>) new Load(LoadSettings.builder().build()).loadFromString(text);
    return raw.stream().map(Case::of).toList();
  }


  /** One case of the file. */
  private record Case(
      String name,
      String kind,
      String scope,
      @Nullable Object metadata,
      @Nullable Object spec,
      @Nullable Object status,
      boolean valid,
      @Nullable String expectedErrorContains) {

    static Case of(Map<String, Object> raw) {
      return new Case(
          (String) raw.get("name"),
          (String) raw.get("kind"),
          (String) raw.get("scope"),
          raw.get("metadata"),
          raw.get("spec"),
          raw.get("status"),
          (Boolean) raw.get("valid"),
          (String) raw.get("expectedErrorContains"));
    }

    /** The layers whose behaviour the case's expectation describes. */
    Set<ValidationLayer> layers() {
      return switch (scope) {
        case "resource" -> EnumSet.allOf(ValidationLayer.class);
        case "go-struct" -> EnumSet.of(ValidationLayer.GO_RULES);
        case "apiserver" -> EnumSet.of(ValidationLayer.CRD_SCHEMA, ValidationLayer.CEL);
        default -> throw new IllegalArgumentException("unknown scope " + scope + " in " + name);
      };
    }

    /** The case as a YAML manifest; a case without metadata gets a valid name. */
    String manifest() {
      Map<String, @Nullable Object> document = new LinkedHashMap<>();
      document.put("apiVersion", "projectcalico.org/v3");
      document.put("kind", kind);
      document.put("metadata", metadata != null ? metadata : Map.of("name", "test"));
      if (spec != null) {
        document.put("spec", spec);
      }
      if (status != null) {
        document.put("status", status);
      }
      return YamlText.of(document);
    }
  }
}
