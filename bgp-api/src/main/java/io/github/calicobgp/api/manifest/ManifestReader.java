package io.github.calicobgp.api.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One all-or-nothing read of one or more sources. */
final class ManifestReader {

  private final ReadLimits limits;
  private final Problems problems;
  private final Binder binder;

  private ManifestReader(ReadOptions options) {
    this.limits = options.limits();
    this.problems = new Problems(limits.maxProblems());
    this.binder = new Binder(problems, options.usePodCIDR());
  }

  /** A source: how to get its text, or null (with a problem) when it cannot be read. */
  interface Source {
    String name();

    @Nullable String text(ManifestReader reader);
  }

  static ResourceSet read(List<Source> sources, ReadOptions options) {
    ManifestReader r = new ManifestReader(options);
    boolean stoppedEarly = false;
    try {
      for (Source s : sources) {
        String text = s.text(r);
        if (text != null) {
          r.readText(text, s.name());
        }
      }
    } catch (Problems.Full full) {
      stoppedEarly = true;
    }
    if (!r.problems.isEmpty()) {
      throw new ManifestException(r.problems.list(stoppedEarly));
    }
    return ResourceSet.read(r.binder.resources(), r.binder.locations(),
        r.binder.ignoredAnnotations());
  }

  /**
   * Decodes documents already parsed (objects held in memory), all or nothing like a read.
   *
   * @param documents the documents
   * @param options how to read
   * @return the resources
   * @throws ManifestException listing every problem
   */
  static ResourceSet decode(List<Tree> documents, ReadOptions options) {
    ManifestReader r = new ManifestReader(options);
    boolean stoppedEarly = false;
    try {
      documents.forEach(r.binder::document);
    } catch (Problems.Full full) {
      stoppedEarly = true;
    }
    if (!r.problems.isEmpty()) {
      throw new ManifestException(r.problems.list(stoppedEarly));
    }
    return ResourceSet.read(r.binder.resources(), r.binder.locations(),
        r.binder.ignoredAnnotations());
  }

  static Source file(Path path) {
    return new Source() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public @Nullable String text(ManifestReader reader) {
        try (InputStream in = Files.newInputStream(path)) {
          return reader.decode(in, name());
        } catch (NoSuchFileException e) {
          reader.fileProblem(name(), "cannot read: no such file");
        } catch (AccessDeniedException e) {
          reader.fileProblem(name(), "cannot read: permission denied");
        } catch (IOException e) {
          reader.fileProblem(name(), "cannot read: " + e.getMessage());
        }
        return null;
      }
    };
  }

  static Source stream(InputStream in, String name) {
    return new Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public @Nullable String text(ManifestReader reader) {
        try {
          return reader.decode(in, name);
        } catch (IOException e) {
          reader.fileProblem(name, "cannot read: " + e.getMessage());
          return null;
        }
      }
    };
  }

  static Source text(String content, String name) {
    return new Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public @Nullable String text(ManifestReader reader) {
        long max = reader.limits.maxSourceBytes();
        if (content.length() > max) {
          reader.fileProblem(name, "larger than the limit of " + max + " bytes");
          return null;
        }
        return content;
      }
    };
  }

  private void fileProblem(String name, String message) {
    problems.add(new SourceLocation(name, 1, 1), null, "", message);
  }

  /**
   * Reads at most the size limit and decodes it: UTF-8 (strictly; a byte-order mark is skipped)
   * or UTF-16 with a byte-order mark, as YAML allows.
   */
  private @Nullable String decode(InputStream in, String name) throws IOException {
    long max = limits.maxSourceBytes();
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > max) {
      fileProblem(name, "larger than the limit of " + max + " bytes");
      return null;
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (result.isError()) {
      fileProblem(name, locate(bytes, input.position()), "not valid " + charset.name()
          + " text");
      return null;
    }
    decoder.flush(output);
    return output.flip().toString();
  }

  private void fileProblem(String name, int[] lineColumn, String message) {
    problems.add(new SourceLocation(name, lineColumn[0], lineColumn[1]), null, "", message);
  }

  /** The line and column (in bytes) of byte {@code offset}. */
  private static int[] locate(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  private void readText(String content, String name) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (looksLikeJson(text)) {
      JsonTrees.Result json =
          JsonTrees.read(text, name, limits, problems, new ListItems(binder));
      if (json.tree() != null) {
        binder.document(json.tree());
      } else if (json.error() != null && json.errorAt() != null) {
        readJsonLikeYaml(text, name, json.errorAt(), json.error());
      }
      return;
    }
    YamlTrees.read(text, name, limits, problems, binder::document);
  }

  /**
   * Text that starts like JSON but is not JSON may be YAML flow syntax ({@code {kind: Node}}),
   * which calicoctl reads; if it is not YAML either, the JSON error is the one to show.
   */
  private void readJsonLikeYaml(String text, String name, SourceLocation errorAt, String error) {
    Problems yamlProblems = new Problems(limits.maxProblems());
    List<Tree> documents = new ArrayList<>();
    boolean isYaml;
    try {
      isYaml = YamlTrees.read(text, name, limits, yamlProblems, documents::add);
    } catch (Problems.Full full) {
      isYaml = false;
    }
    if (isYaml) {
      problems.addAll(yamlProblems);
      documents.forEach(binder::document);
    } else {
      problems.add(errorAt, null, "", error);
    }
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }
}
