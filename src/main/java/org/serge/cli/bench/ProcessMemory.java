package org.serge.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of this process, JVM heap and native solver memory together, from
 * /proc/self/status (Linux). The peak can be reset so that one step's peak is measured.
 */
public final class ProcessMemory {
  private ProcessMemory() {}

  /** Resets the peak resident set size (VmHWM); false where the kernel does not allow it. */
  public static boolean resetPeak() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Peak resident set size in MiB since start or the last reset; NaN if unknown. */
  public static double peakMebibytes() {
    return field("VmHWM:");
  }

  /** Current resident set size in MiB; NaN if unknown. */
  public static double residentMebibytes() {
    return field("VmRSS:");
  }

  private static double field(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).replace("kB", "").strip()) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
