package dev.makelint.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints makelint's version and the GNU make version whose semantics it reproduces. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = MakelintCommand.class.getPackage().getImplementationVersion();
    return new String[] {"makelint " + (v == null ? "0.1.0" : v)
        + " (reads makefiles as GNU make 4.3)"};
  }
}
