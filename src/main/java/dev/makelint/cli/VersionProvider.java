package dev.makelint.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints makelint's version and the GNU make version whose semantics it reproduces. */
final class VersionProvider implements IVersionProvider {
  /** The GNU make release whose reading makelint reproduces. */
  static final String MAKE_VERSION = "4.3";

  /** makelint's version: the jar manifest's, else the one Maven wrote into the classes. */
  static String version() {
    String v = MakelintCommand.class.getPackage().getImplementationVersion();
    if (v != null) {
      return v;
    }
    try (java.io.InputStream in = VersionProvider.class.getResourceAsStream(
        "version.properties")) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        String fromBuild = p.getProperty("version");
        if (fromBuild != null && !fromBuild.startsWith("$")) {
          return fromBuild;
        }
      }
    } catch (java.io.IOException e) {
      // fall through
    }
    return "unknown";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"makelint " + version() + " (reads makefiles as GNU make "
        + MAKE_VERSION + ")"};
  }
}
