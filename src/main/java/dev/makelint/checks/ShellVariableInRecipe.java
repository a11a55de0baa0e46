package dev.makelint.checks;

import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.VariableSet;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code $} in a recipe meant for the shell: make reads {@code $HOME} as the one-letter variable
 * {@code H} followed by {@code OME}, and a loop's {@code $i} as make's (unset) {@code i}. The
 * shell needs {@code $$HOME}. Reported when the one-letter variable is not set in make (if it is,
 * the reference is probably meant) and either letters follow it or the recipe binds it as a shell
 * variable ({@code for i in}, {@code read i}, {@code i=...}).
 */
public final class ShellVariableInRecipe implements Check {
  public static final String ID = "shell-variable-in-recipe";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.HYGIENE,
      "a shell variable in a recipe is written with one $, so make expands it");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    Found found = ctx.shared(Found.class);
    return (found != null ? found : ctx.share(Found.class, new Found(find(ctx)))).findings();
  }

  /** This check's findings for one run, shared with undefined-variable, which defers to them. */
  record Found(List<Finding> findings) {}

  private List<Finding> find(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<Recipe, VariableSet> recipes = new IdentityHashMap<>();
    for (Target t : ctx.db().targets()) {
      for (RuleEntry e : t.entries()) {
        if (e.recipe() != null && t.isTarget()) {
          recipes.putIfAbsent(e.recipe(), t.variables());
        }
      }
    }
    for (PatternRule r : ctx.db().patternRules()) {
      if (r.recipe() != null && !r.builtin()) {
        recipes.putIfAbsent(r.recipe(), null);
      }
    }
    LineTrace trace = LineTrace.of(ctx);
    for (Map.Entry<Recipe, VariableSet> entry : recipes.entrySet()) {
      Recipe recipe = entry.getKey();
      String whole = String.join("\n", recipe.lines());
      for (LineTrace.RecipeLine line : trace.recipe(recipe)) {
        Expr.VarRef found = null;
        boolean bound = false;
        Expr parsed = ExprParser.parse(line.text());
        List<String> loopNames = new ArrayList<>();
        foreachNames(parsed, loopNames);
        for (Expr.VarRef r : oneLetterReferences(parsed)) {
          String letter = ((Expr.Literal) r.name()).text();
          char c = letter.charAt(0);
          if (!(Character.isLetter(c) || c == '_') || loopNames.contains(letter)
              || defined(ctx, entry.getValue(), letter)) {
            continue;
          }
          boolean lettersFollow = r.end() < line.text().length()
              && isIdentifierChar(line.text().charAt(r.end()));
          boolean shellBound = bindsShellVariable(whole, letter);
          if (lettersFollow || shellBound) {
            found = r;
            bound = shellBound && !lettersFollow;
            break;
          }
        }
        if (found == null) {
          continue;
        }
        String letter = ((Expr.Literal) found.name()).text();
        String message;
        if (bound) {
          message = "make expands $" + letter + " itself (its variable '" + letter
              + "' is not set), so the shell never sees its own $" + letter
              + ": write $$" + letter;
        } else {
          int end = found.end();
          while (end < line.text().length() && isIdentifierChar(line.text().charAt(end))) {
            end++;
          }
          String word = line.text().substring(found.start() + 1, end);
          message = "make reads $" + word + " as $(" + letter + ")" + word.substring(1)
              + " (the make variable '" + letter + "', which is not set), so the shell gets '"
              + word.substring(1) + "': write $$" + word + " to pass $" + word + " to the shell";
        }
        out.add(ctx.finding(this, message, line.location(found.start()),
            line.column(found.start()), ctx.includeChain(line.location(found.start()).file())));
      }
    }
    return out;
  }

  /** References written {@code $X} (no brackets), outside function calls included. */
  private static List<Expr.VarRef> oneLetterReferences(Expr e) {
    List<Expr.VarRef> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, List<Expr.VarRef> out) {
    if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        collect(p, out);
      }
    } else if (e instanceof Expr.VarRef r) {
      if (r.end() - r.start() == 2 && r.name() instanceof Expr.Literal l
          && l.text().length() == 1) {
        out.add(r);
      } else {
        collect(r.name(), out);
      }
    } else if (e instanceof Expr.FuncCall f) {
      for (Expr a : f.args()) {
        collect(a, out);
      }
    }
  }

  /** Names bound by {@code $(foreach NAME,...)}: make variables inside the call. */
  private static void foreachNames(Expr e, List<String> out) {
    if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        foreachNames(p, out);
      }
    } else if (e instanceof Expr.FuncCall f) {
      if (f.function() == dev.makelint.syntax.BuiltinFunction.FOREACH && !f.args().isEmpty()
          && f.args().get(0) instanceof Expr.Literal l) {
        out.add(l.text().strip());
      }
      for (Expr a : f.args()) {
        foreachNames(a, out);
      }
    }
  }

  private static boolean defined(LintContext ctx, VariableSet targetVariables, String name) {
    if (targetVariables != null && targetVariables.lookup(name) != null) {
      return true;
    }
    if (ctx.db().variable(name) != null) {
      return true;
    }
    for (VariableSet s : ctx.db().patternVariableSets().values()) {
      if (s.lookupHere(name) != null) {
        return true;
      }
    }
    return false;
  }

  /** The recipe makes {@code name} a shell variable: for NAME in, read NAME, NAME=value. */
  private static boolean bindsShellVariable(String recipe, String name) {
    String n = Pattern.quote(name);
    return Pattern.compile("\\bfor\\s+" + n + "\\s+in\\b"
        + "|\\bread\\b(?:\\s+-\\w+)*(?:\\s+[A-Za-z_]\\w*)*\\s+" + n + "\\b"
        + "|(?:^|[\\s;&|(])" + n + "=").matcher(recipe).find();
  }

  private static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
