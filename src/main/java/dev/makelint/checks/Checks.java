package dev.makelint.checks;

import java.util.ArrayList;
import java.util.List;

/** The catalogue: every check makelint has, in a stable order, and look-up by id or alias. */
public final class Checks {
  private Checks() {}

  private static final List<Check> ALL = List.of(
      new DuplicateSourceInLink(),
      new DuplicateObjectInLink(),
      new OverridingRecipe(),
      new MissingPrerequisite(),
      new UndefinedVariable(),
      new CircularDependency(),
      new MissingSeparator(),
      new MixedColonRules(),
      new MixedImplicitRules(),
      new FatalMakeError(),
      new DuplicateTargetInRule(),
      new SuffixRulePrerequisites(),
      new ExtraneousDirectiveText(),
      new StaticPatternMismatch(),
      new RecursiveTimestamp(),
      new PhonyNotDeclared(),
      new RequiredPhonyTargets(),
      new RecipeTooLong(),
      new MissingInclude(),
      new SelfDependency(),
      new TargetShadowedByFile(),
      new PhonyWithoutRule(),
      new RecipeIndentedWithSpaces(),
      new ShellVariableInRecipe(),
      new ShellInRecursiveVariable(),
      new UnusedVariable(),
      new DuplicatePrerequisite(),
      new SuspiciousInclude(),
      new HardCodedTargetName(),
      new GnuConditional(),
      new GnuFunction(),
      new GnuPatternRule(),
      new GnuDefine(),
      new GnuDirective(),
      new GnuTargetVariable(),
      new GnuOrderOnly(),
      new GnuSpecialTarget(),
      new GnuAutomaticVariable(),
      new GnuSimpleAssignment(),
      new UnusedSuppression());

  /** Every check, enabled or not, in catalogue order. */
  public static List<Check> all() {
    return ALL;
  }

  /** The check whose id or alias is {@code name}, or null. */
  public static Check find(String name) {
    for (Check c : ALL) {
      if (c.info().answersTo(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The checks {@code name} selects: one check by id or alias, or every check of a group. Throws
   * {@link IllegalArgumentException} with a suggestion for an unknown name.
   */
  public static List<Check> select(String name) {
    Check c = find(name);
    if (c != null) {
      return List.of(c);
    }
    CheckGroup g = CheckGroup.byId(name);
    if (g != null) {
      List<Check> out = new ArrayList<>();
      for (Check k : ALL) {
        if (k.info().group() == g) {
          out.add(k);
        }
      }
      return out;
    }
    String hint = suggest(name);
    throw new IllegalArgumentException("unknown check '" + name + "'"
        + (hint == null ? "; 'makelint rules' lists them" : "; did you mean '" + hint + "'?"));
  }

  /** The known check id, alias or group closest to {@code name}, or null when none is close. */
  public static String suggest(String name) {
    List<String> names = new ArrayList<>();
    for (Check c : ALL) {
      names.add(c.info().id());
      names.addAll(c.info().aliases());
    }
    for (CheckGroup g : CheckGroup.values()) {
      names.add(g.id());
    }
    return NearestName.of(name, names);
  }
}
