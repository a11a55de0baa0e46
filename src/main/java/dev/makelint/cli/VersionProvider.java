package dev.makelint.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints makelint's version and the GNU make version whose semantics it reproduces. */
final class VersionProvider implements IVersionProvider {
  /** The GNU make release whose reading makelint reproduces. */
  static final String MAKE_VERSION = "4.3";

  /** makelint's version, from the jar's manifest (0.1.0 when run from classes). */
  static String version() {
    String v = MakelintCommand.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"makelint " + version() + " (reads makefiles as GNU make "
        + MAKE_VERSION + ")"};
  }
}
