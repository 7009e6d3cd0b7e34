package org.serge.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a benchmark ran on. */
final class Machine {
  private Machine() {}

  static String describe() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(cpu);
    } catch (IOException e) {
      // keep "unknown CPU"
    }
    long memory = Runtime.getRuntime().maxMemory() >> 20;
    return String.format("%s, %d cores, Java %s, max heap %,d MiB", cpu,
        Runtime.getRuntime().availableProcessors(), Runtime.version(), memory);
  }
}
