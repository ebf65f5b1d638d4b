package io.github.calicobgp.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CalicoNameValidatorTest {

  private static final Pattern CALICO_NAME = Pattern.compile(Messages.NAME_REGEX);

  @Property(tries = 3000)
  void namesAreMatchedAsCalicosRegexMatchesThem(
      @ForAll @StringLength(max = 12) @Chars({'a', 'z', '0', '9', '-', '.', 'A', '_'})
          String name) {
    assertThat(CalicoNameValidator.isName(name))
        .as("%s", name)
        .isEqualTo(CALICO_NAME.matcher(name).matches());
  }

  @Test
  void aNameOfThousandsOfLabelsIsCheckedWithoutOverflowingTheStack() {
    // As a java.util.regex pattern, Calico's regex recurses once per label: StackOverflowError.
    assertThat(CalicoNameValidator.isName("1.".repeat(50_000) + "1")).isTrue();
    assertThat(CalicoNameValidator.isName("1.".repeat(50_000))).isFalse();
    assertThat(new CalicoNameValidator().problem("a.".repeat(50_000))).contains("name must");
  }
}
