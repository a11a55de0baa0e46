package dev.makelint.rulegraph;

import dev.makelint.evaluation.Location;
import java.util.List;

/**
 * A dependency cycle make would drop ("Circular X <- Y dependency dropped").
 *
 * @param path the targets along the cycle, first repeated at the end
 * @param location the rule line of the edge that closes it
 */
public record Cycle(List<String> path, Location location) {
  public Cycle {
    path = List.copyOf(path);
  }
}
