package io.github.calicobgp.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example of the README's testkit section is {@link ReadmeExampleTest}, which compiles and
 * passes, word for word.
 */
class ReadmeSectionTest {

  @Test
  void theExampleIsTheExampleTest() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    readme = readme.substring(readme.indexOf("## Testing your own BGP designs"));
    String source = Files.readString(
        Path.of("src/test/java/io/github/calicobgp/testkit/readme/ReadmeExampleTest.java"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String example = readme.substring(start, readme.indexOf("```\n", start));

    assertThat(source).startsWith("package io.github.calicobgp.testkit.readme;\n\n")
        .endsWith(example);
    assertThat(example).startsWith("import static ");
  }
}
