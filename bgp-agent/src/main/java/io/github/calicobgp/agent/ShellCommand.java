package io.github.calicobgp.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command line run by {@code /bin/sh -c}, as confd runs its {@code check_cmd} and {@code
 * reload_cmd} (confd's {@code resource/template/template_resource.go}, {@code runCommand}). A
 * {@code {}} in it stands for a file, shell-quoted. An empty command is disabled.
 *
 * @param template the command line, e.g. {@code bird -p -c {}}
 */
public record ShellCommand(String template) {

  /** Output beyond this is cut: a checker's complaint is short, a runaway one is not kept. */
  private static final int MAX_OUTPUT = 64 * 1024;

  /**
   * What a command did.
   *
   * @param exitCode its exit status (-1 when it timed out and was killed)
   * @param output standard output and error, interleaved, at most 64 KiB
   */
  public record Result(int exitCode, String output) {
    /**
     * Whether it exited 0.
     *
     * @return whether it succeeded
     */
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /**
   * Keeps the template as given (trimmed).
   *
   * @param template the command line, e.g. {@code bird -p -c {}}
   */
  public ShellCommand {
    template = template.strip();
  }

  /**
   * Whether the command is empty, that is, nothing is to be run.
   *
   * @return whether it is disabled
   */
  public boolean disabled() {
    return template.isEmpty();
  }

  /**
   * The command line with {@code {}} replaced by {@code file}, quoted for the shell.
   *
   * @param file the file to substitute
   * @return the line to hand to {@code sh -c}
   */
  public String line(Path file) {
    return template.replace("{}", quote(file.toString()));
  }

  /**
   * Runs the command in {@code workDir} and waits for it.
   *
   * @param file what {@code {}} stands for
   * @param workDir the working directory (BIRD resolves {@code include} against it)
   * @param timeout how long to wait before killing it
   * @return its exit status and output
   * @throws InterruptedException if the thread is interrupted; the command is killed then
   */
  public Result run(Path file, Path workDir, Duration timeout) throws InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(List.of("/bin/sh", "-c", line(file)))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return new Result(127, "cannot start /bin/sh: " + e.getMessage());
    }
    OutputReader reader = new OutputReader(process.getInputStream());
    Thread readerThread = new Thread(reader, "agent-command-output");
    readerThread.setDaemon(true);
    readerThread.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        readerThread.join(1000);
        return new Result(-1, reader.text() + "\n(killed after " + timeout + ")");
      }
      readerThread.join(1000);
      return new Result(process.exitValue(), reader.text());
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** Drains a process's output so that it never blocks on a full pipe. */
  private static final class OutputReader implements Runnable {
    private final InputStream in;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    OutputReader(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          synchronized (kept) {
            int room = MAX_OUTPUT - kept.size();
            if (room > 0) {
              kept.write(buffer, 0, Math.min(room, n));
            }
          }
        }
      } catch (IOException e) {
        // The process is gone; what was read is all there is.
      }
    }

    String text() {
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8).strip();
      }
    }
  }
}
