package dev.makelint.checks;

/** A place that explains a finding ("compiled here", "read because of this include"). */
public record RelatedLocation(String file, int line, int column, String message) {}
