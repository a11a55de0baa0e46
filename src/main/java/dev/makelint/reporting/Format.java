package dev.makelint.reporting;

import java.util.Locale;

/** The output formats of a findings report ({@code --format}). */
public enum Format {
  /** gcc-style lines with source excerpts and a summary, for people and editors. */
  TEXT,
  /** The JSON document of interfaces.md. */
  JSON,
  /** SARIF 2.1.0, as GitHub code scanning ingests it. */
  SARIF,
  /** GitHub Actions workflow commands: annotations on pull requests. */
  GITHUB,
  /** Checkstyle XML, for Jenkins and GitLab-style consumers. */
  CHECKSTYLE;

  /** The word used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The words accepted, for messages and help. */
  public static final String CHOICES = "text, json, sarif, github or checkstyle";

  /** Parses a {@code --format} word; throws IllegalArgumentException for an unknown one. */
  public static Format parse(String word) {
    for (Format f : values()) {
      if (f.id().equals(word)) {
        return f;
      }
    }
    throw new IllegalArgumentException("expected " + CHOICES + ", got '" + word + "'");
  }

  /** The writer for this format; {@code color} matters only for text. */
  public Report report(boolean color) {
    return switch (this) {
      case TEXT -> new TextReport(color);
      case JSON -> new JsonReport();
      case SARIF -> new SarifReport();
      case GITHUB -> new GithubReport();
      case CHECKSTYLE -> new CheckstyleReport();
    };
  }
}
