package dev.makelint.rulegraph;

import dev.makelint.evaluation.Location;

/**
 * A prerequisite make could not find or make: "No rule to make target X, needed by Y".
 *
 * @param name the missing file
 * @param neededBy the target that lists it, or null when it is a goal
 * @param location the rule line that lists it
 */
public record Missing(String name, String neededBy, Location location) {}
