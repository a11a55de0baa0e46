package dev.makelint.evaluation;

import java.util.Locale;

/**
 * The machine being simulated, as {@code --platform OS-ARCH} names it. It decides what probes such
 * as {@code uname -s} answer in safe mode.
 */
public record Platform(String os, String arch) {

  public static Platform parse(String spec) {
    int dash = spec.indexOf('-');
    if (dash <= 0 || dash == spec.length() - 1) {
      throw new IllegalArgumentException(
          "platform must look like OS-ARCH (e.g. linux-x86_64, darwin-arm64): " + spec);
    }
    String os = spec.substring(0, dash).toLowerCase(Locale.ROOT);
    String arch = spec.substring(dash + 1).toLowerCase(Locale.ROOT);
    if (!os.equals("linux") && !os.equals("darwin") && !os.equals("windows")
        && !os.equals("freebsd")) {
      throw new IllegalArgumentException(
          "unknown OS '" + os + "' in platform (known: linux, darwin, windows, freebsd)");
    }
    return new Platform(os, arch);
  }

  /** The machine makelint runs on. */
  public static Platform host() {
    String os = System.getProperty("os.name", "linux").toLowerCase(Locale.ROOT);
    String name = os.contains("mac") ? "darwin" : os.contains("win") ? "windows"
        : os.contains("freebsd") ? "freebsd" : "linux";
    String arch = System.getProperty("os.arch", "x86_64").toLowerCase(Locale.ROOT);
    arch = switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> name.equals("darwin") ? "arm64" : "aarch64";
      default -> arch;
    };
    return new Platform(name, arch);
  }

  /** What {@code uname -s} prints. */
  public String unameS() {
    return switch (os) {
      case "darwin" -> "Darwin";
      case "windows" -> "MINGW64_NT-10.0";
      case "freebsd" -> "FreeBSD";
      default -> "Linux";
    };
  }

  /** What {@code uname -m} prints. */
  public String unameM() {
    if (os.equals("darwin") && (arch.equals("aarch64") || arch.equals("arm64"))) {
      return "arm64";
    }
    return arch.equals("arm64") ? "aarch64" : arch;
  }

  /** What {@code uname -p} prints. */
  public String unameP() {
    if (os.equals("darwin")) {
      return unameM().equals("arm64") ? "arm" : "i386";
    }
    return unameM();
  }

  @Override
  public String toString() {
    return os + "-" + arch;
  }
}
