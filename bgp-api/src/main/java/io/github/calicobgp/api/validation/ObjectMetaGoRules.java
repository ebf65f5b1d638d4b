package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.ObjectMeta;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Calico's {@code validateObjectMeta}: the name is a DNS-1123 subdomain of at most 253 bytes, label
 * keys are qualified names and values label values, annotation keys (lower-cased first) are
 * qualified names and all annotations together take at most 256 KiB.
 */
final class ObjectMetaGoRules implements ConstraintValidator<GoStructRules, ObjectMeta> {

  private static final long ANNOTATIONS_MAX_BYTES = 256 * 1024;

  @Override
  public boolean isValid(@Nullable ObjectMeta meta, ConstraintValidatorContext context) {
    if (meta == null) {
      return true;
    }
    Report report = Report.on(context);
    boolean valid = checkName(meta.nameOrEmpty(), report);
    for (Map.Entry<String, String> label : meta.labels().entrySet()) {
      Report.Key key = new Report.Key(label.getKey());
      for (String error : KubernetesNames.qualifiedNameErrors(label.getKey())) {
        report.at("label key " + Messages.quote(label.getKey()) + ": " + error, "labels", key);
        valid = false;
      }
      for (String error : KubernetesNames.labelValueErrors(label.getValue())) {
        report.at("label value " + Messages.quote(label.getValue()) + ": " + error, "labels", key);
        valid = false;
      }
    }
    long size = 0;
    for (Map.Entry<String, String> annotation : meta.annotations().entrySet()) {
      String lowered = annotation.getKey().toLowerCase(Locale.ROOT);
      for (String error : KubernetesNames.qualifiedNameErrors(lowered)) {
        report.at(
            "annotation key " + Messages.quote(annotation.getKey()) + ": " + error,
            "annotations",
            new Report.Key(annotation.getKey()));
        valid = false;
      }
      size += utf8Length(annotation.getKey()) + utf8Length(annotation.getValue());
    }
    if (size > ANNOTATIONS_MAX_BYTES) {
      report.at(
          "total size of annotations is too large by " + (size - ANNOTATIONS_MAX_BYTES) + " bytes",
          "annotations");
      valid = false;
    }
    return valid;
  }

  private static boolean checkName(String name, Report report) {
    boolean valid = true;
    int bytes = utf8Length(name);
    if (bytes > KubernetesNames.SUBDOMAIN_MAX) {
      report.at(
          "name is too long by " + (bytes - KubernetesNames.SUBDOMAIN_MAX) + " bytes", "name");
      valid = false;
    }
    if (!CalicoNameValidator.isName(name)) {
      report.at(name.isEmpty() ? "name is required" : Messages.badName(name), "name");
      valid = false;
    }
    return valid;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
