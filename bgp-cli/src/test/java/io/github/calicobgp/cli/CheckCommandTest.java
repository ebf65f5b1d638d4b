package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CheckCommandTest {

  @Test
  void theBrokenExampleHasExactlyItsFourMistakesAndFails() {
    Cli.Result result = Cli.run(Examples.args("check", "broken"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    List<String> codes =
        result
            .out()
            .lines()
            .skip(1)
            .filter(
                line ->
                    line.startsWith("error")
                        || line.startsWith("warning")
                        || line.startsWith("info"))
            .map(line -> line.split("\\s+")[1])
            .toList();
    assertThat(codes)
        .containsExactly(
            "HALF_OPEN_SESSION",
            "NODE_ISOLATED",
            "SECRET_NOT_FOUND",
            "ROUTE_REFLECTOR_WITHOUT_CLIENTS");
    assertThat(result.out())
        .startsWith("SEVERITY  CODE ")
        .endsWith("3 errors, 1 warning, 0 info\n");
  }

  @TestFactory
  Stream<DynamicTest> everyOtherExampleIsClean() {
    List<String> clean = Examples.names().stream().filter(n -> !n.equals("broken")).toList();
    assertThat(clean).contains("route-reflectors");
    return clean.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        assertThat(Cli.run(Examples.args("check", name)))
                            .isEqualTo(new Cli.Result(0, "no findings\n", ""))));
  }

  @Test
  void jsonListsEveryFindingWithItsCodeNodesAndResources() {
    Cli.Result result = Cli.run(Examples.args("check", "broken", "--output", "json"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .startsWith("[ {\n  \"code\" : \"HALF_OPEN_SESSION\",\n" + "  \"severity\" : \"error\",\n")
        .contains("\"resources\" : [ \"BGPPeer/tor\", \"Secret/kube-system/bgp-passwords\" ]")
        .endsWith("} ]\n");
    assertThat(Cli.run(Examples.args("check", "route-reflectors", "--output", "json")).out())
        .isEqualTo("[ ]\n");
  }

  @Test
  void anUnknownOutputIsAUsageError() {
    Cli.Result result = Cli.run(Examples.args("check", "broken", "--output", "xml"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'xml' is not an output format");
  }
}
