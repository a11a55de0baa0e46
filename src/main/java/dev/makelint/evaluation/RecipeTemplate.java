package dev.makelint.evaluation;

import java.util.List;

/**
 * A recipe line expanded once for every target that sees the same variables, with its automatic
 * variables left as holes ({@link MakeDatabase#recipeTemplate}); {@link MakeDatabase#fill} gives
 * one target's expansion. The objects of one module, made by one pattern rule with one set of
 * pattern-specific variables, differ only in their automatic variables: at 2,000 modules 384,000
 * of the model's 396,000 recipe lines are filled in.
 *
 * <p>A line is only made a template when a target's expansion is the template with each hole
 * replaced by that target's value, whatever the values are: every automatic variable is
 * referenced directly where its value goes verbatim into the text (not in a function's argument,
 * a substitution reference, a computed name or the inherited part of a target-specific {@code +=},
 * where whether a blank follows depends on it), and the expansion has no effect ({@code $(eval)},
 * {@code $(shell)}, {@code $(info)}, ...). The references to unset variables it made are kept
 * and noted again at each fill, so the database records the same references as expansions one by
 * one would. A template holds for as long as {@link MakeDatabase#stateVersion} stays the same (an
 * {@code $(eval)}, {@code $(file)} or {@code $(shell)} run by another recipe changes it).
 */
public final class RecipeTemplate {
  private final String[] pieces;
  private final String[] holes;
  private final List<MakeDatabase.UndefinedReference> undefined;

  /**
   * @param pieces the text around the holes: one more than there are holes
   * @param holes the automatic variable filling each gap, by name ({@code @}, {@code <D}, ...)
   * @param undefined the references to unset variables the expansion noted, in order
   */
  RecipeTemplate(String[] pieces, String[] holes,
      List<MakeDatabase.UndefinedReference> undefined) {
    this.pieces = pieces;
    this.holes = holes;
    this.undefined = undefined;
  }

  String[] pieces() {
    return pieces;
  }

  /** How many holes there are. */
  public int holeCount() {
    return holes.length;
  }

  /** The automatic variable of hole {@code i} ({@code @}, {@code <D}, ...). */
  public String hole(int i) {
    return holes[i];
  }

  List<MakeDatabase.UndefinedReference> undefined() {
    return undefined;
  }
}
