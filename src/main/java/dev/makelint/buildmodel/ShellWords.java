package dev.makelint.buildmodel;

import dev.makelint.buildmodel.ShellLexer.Kind;
import dev.makelint.buildmodel.ShellLexer.Lit;
import dev.makelint.buildmodel.ShellLexer.Param;
import dev.makelint.buildmodel.ShellLexer.Part;
import dev.makelint.buildmodel.ShellLexer.Subst;
import dev.makelint.buildmodel.ShellLexer.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits one expanded recipe line into the simple commands a POSIX shell would run. It exists
 * because make hands each recipe line to {@code /bin/sh}: to know what a rule compiles or links,
 * makelint must see the line the way the shell does, with quotes removed, {@code &&}/{@code ;}/
 * {@code |} chains separated, and the directory changes of {@code cd dir &&} applied to the
 * commands that follow on the same line.
 *
 * <p>Supported: single and double quotes, backslash escapes and line continuations, the separators
 * {@code && || ; | & newline}, subshells {@code ( )} (a {@code cd} inside does not leak out) and
 * groups <code>{ }</code>, redirections (removed from the words), comments, leading assignments
 * ({@code FOO=bar cmd}), shell variables assigned earlier on the line or supplied by the caller,
 * the wrappers {@code env exec time nice command nohup timeout stdbuf}, make's silencing
 * {@code @ - +}, {@code cd}/{@code pushd}/{@code popd}, and commands inside {@code if}/{@code
 * while}/{@code until}/{@code for} (marked {@link SimpleCommand#conditional()}).
 *
 * <p>What cannot be understood statically (command substitution, unknown variables, globs,
 * here-documents, {@code case} statements, unterminated quotes) is kept in its shell spelling and
 * named in {@link SimpleCommand#opaqueReasons()}. This class never throws.
 */
public final class ShellWords {
  private ShellWords() {}

  /** Splits {@code line}, run in {@code workingDir} ({@code "."} for make's own directory). */
  public static List<SimpleCommand> split(String line, String workingDir) {
    return split(line, workingDir, Map.of());
  }

  /**
   * Splits {@code line} as above; {@code shellVariables} are variables known to be set in the
   * shell's environment (for example exported make variables), used to resolve {@code $NAME}.
   * A {@code null} working directory means "unknown".
   */
  public static List<SimpleCommand> split(
      String line, String workingDir, Map<String, String> shellVariables) {
    if (line == null) {
      return List.of();
    }
    List<SimpleCommand> plain = PlainCommandLine.split(line, workingDir);
    return plain != null ? plain : parse(line, workingDir, shellVariables);
  }

  /** {@link #split(String, String, Map)} by the full parser, without the plain-line fast path. */
  static List<SimpleCommand> parse(
      String line, String workingDir, Map<String, String> shellVariables) {
    try {
      return new Parser(line, workingDir, shellVariables == null ? Map.of() : shellVariables).run();
    } catch (RuntimeException e) {
      // Defensive: a bug here must not stop the analysis of the rest of the makefile.
      return List.of(
          new SimpleCommand(
              List.of(line.trim()),
              Map.of(),
              List.of(),
              workingDir,
              List.of("could not parse shell text: " + e),
              false,
              line));
    }
  }

  private static final Set<String> RESERVED =
      Set.of(
          "if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for",
          "select", "{", "}", "!", "[[", "function", "in");

  /** Shell state that a subshell copies and an assignment or {@code cd} changes. */
  private static final class State {
    String cwd;
    String oldCwd;
    final Map<String, String> vars;
    final Deque<String> dirStack;

    State(String cwd, String oldCwd, Map<String, String> vars, Deque<String> dirStack) {
      this.cwd = cwd;
      this.oldCwd = oldCwd;
      this.vars = vars;
      this.dirStack = dirStack;
    }

    State copy() {
      return new State(cwd, oldCwd, new HashMap<>(vars), new ArrayDeque<>(dirStack));
    }
  }

  private enum FrameKind {
    PAREN,
    BRACE,
    CONTROL,
    FUNCTION
  }

  private record Frame(FrameKind kind, State saved) {}

  private static final class Parser {
    private final String line;
    private final List<Token> tokens;
    private State state;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<SimpleCommand> out = new ArrayList<>();

    // the command being collected
    private final List<Token> words = new ArrayList<>();
    private final List<Token> assigns = new ArrayList<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private boolean redirected;
    private int cmdStart = -1;
    private int cmdEnd = -1;
    private String prevTerminator;

    Parser(String line, String workingDir, Map<String, String> vars) {
      this.line = line;
      int start = 0;
      while (start < line.length() && "@+- \t".indexOf(line.charAt(start)) >= 0) {
        start++;
      }
      this.tokens = ShellLexer.lex(line, start);
      String wd = workingDir == null ? null : PathNames.normalize(workingDir);
      this.state = new State(wd, null, new HashMap<>(vars), new ArrayDeque<>());
    }

    List<SimpleCommand> run() {
      int i = 0;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        switch (t.kind()) {
          case NEWLINE -> {
            finish(";");
            i++;
          }
          case IO_NUMBER -> {
            touch(t);
            i++;
          }
          case OP -> i = operator(i, t);
          case WORD -> i = word(i, t);
        }
      }
      finish(null);
      return out;
    }

    private boolean atCommandStart() {
      return words.isEmpty() && assigns.isEmpty() && !redirected;
    }

    private void touch(Token t) {
      if (cmdStart < 0) {
        cmdStart = t.start();
      }
      cmdEnd = t.end();
      if (t.problem() != null) {
        reasons.add(t.problem());
      }
    }

    private int operator(int i, Token t) {
      String op = t.text();
      switch (op) {
        case ";", ";;", "&", "&&", "||", "|", "|&" -> {
          finish(op);
          return i + 1;
        }
        case "(" -> {
          if (!words.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).isOp(")")) {
            // name() { ...; } defines a function: its body does not run here
            clear();
            frames.push(new Frame(FrameKind.FUNCTION, null));
            return i + 2;
          }
          finish(";");
          frames.push(new Frame(FrameKind.PAREN, state));
          state = state.copy();
          return i + 1;
        }
        case ")" -> {
          finish(")");
          while (!frames.isEmpty()) {
            Frame f = frames.pop();
            if (f.kind() == FrameKind.PAREN) {
              state = f.saved();
              break;
            }
          }
          return i + 1;
        }
        default -> {
          // a redirection: the following word is its target, not an argument
          touch(t);
          redirected = true;
          if (op.equals("<<") || op.equals("<<-")) {
            reasons.add("here-document");
          }
          if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.WORD) {
            touch(tokens.get(i + 1));
            return i + 2;
          }
          return i + 1;
        }
      }
    }

    private int word(int i, Token t) {
      if (atCommandStart()) {
        String w = t.plainWord();
        if (w != null && RESERVED.contains(w)) {
          return reserved(i, w);
        }
      }
      touch(t);
      if (words.isEmpty() && isAssignmentToken(t)) {
        assigns.add(t);
      } else {
        words.add(t);
      }
      return i + 1;
    }

    private int reserved(int i, String w) {
      switch (w) {
        case "if", "while", "until" -> {
          frames.push(new Frame(FrameKind.CONTROL, null));
          return i + 1;
        }
        case "then", "else", "elif", "do", "!", "in" -> {
          return i + 1;
        }
        case "fi", "done", "esac" -> {
          popTo(FrameKind.CONTROL);
          return i + 1;
        }
        case "{" -> {
          frames.push(new Frame(FrameKind.BRACE, null));
          return i + 1;
        }
        case "}" -> {
          if (!frames.isEmpty() && frames.peek().kind() == FrameKind.BRACE) {
            frames.pop();
            if (!frames.isEmpty() && frames.peek().kind() == FrameKind.FUNCTION) {
              frames.pop();
            }
          }
          return i + 1;
        }
        case "for", "select" -> {
          return forLoop(i);
        }
        case "case" -> {
          return caseStatement(i);
        }
        case "[[" -> {
          return testCommand(i);
        }
        case "function" -> {
          // function NAME [()] { ... }
          int j = i + 1;
          if (j < tokens.size() && tokens.get(j).kind() == Kind.WORD) {
            j++;
          }
          if (j + 1 < tokens.size() && tokens.get(j).isOp("(") && tokens.get(j + 1).isOp(")")) {
            j += 2;
          }
          frames.push(new Frame(FrameKind.FUNCTION, null));
          return j;
        }
        default -> {
          return i + 1;
        }
      }
    }

    private void popTo(FrameKind kind) {
      if (!frames.isEmpty() && frames.peek().kind() == kind) {
        frames.pop();
      }
    }

    private int forLoop(int i) {
      frames.push(new Frame(FrameKind.CONTROL, null));
      int j = i + 1;
      if (j < tokens.size() && tokens.get(j).kind() == Kind.WORD) {
        String var = tokens.get(j).plainWord();
        if (var != null) {
          state.vars.remove(var); // takes unknown values in the body
        }
        j++;
      }
      boolean afterSeparator = true;
      for (; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        if (afterSeparator && "do".equals(t.plainWord())) {
          return j + 1;
        }
        afterSeparator = t.kind() == Kind.NEWLINE || t.isOp(";") || t.kind() == Kind.WORD && j == i + 2;
      }
      reasons.add("for loop without do");
      return j;
    }

    private int caseStatement(int i) {
      int depth = 0;
      int j = i;
      List<String> raw = new ArrayList<>();
      for (; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        String w = t.plainWord();
        if ("case".equals(w)) {
          depth++;
        } else if ("esac".equals(w)) {
          depth--;
        }
        if (t.kind() != Kind.NEWLINE) {
          raw.add(t.text());
        }
        if (depth == 0) {
          break;
        }
      }
      int end = j < tokens.size() ? tokens.get(j).end() : line.length();
      List<String> why = new ArrayList<>();
      why.add("case statement");
      if (depth != 0) {
        why.add("case without esac");
      }
      out.add(
          new SimpleCommand(
              raw,
              Map.of(),
              List.of(),
              state.cwd,
              why,
              true,
              line.substring(tokens.get(i).start(), Math.min(end, line.length()))));
      return j + 1;
    }

    private int testCommand(int i) {
      int j = i;
      for (; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        if (t.kind() == Kind.NEWLINE) {
          break;
        }
        touch(t);
        words.add(t);
        if ("]]".equals(t.plainWord())) {
          return j + 1;
        }
      }
      return j;
    }

    private static boolean isAssignmentToken(Token t) {
      if (t.parts().isEmpty() || !(t.parts().get(0) instanceof Lit l) || l.quoted()) {
        return false;
      }
      String text = l.text();
      int eq = text.indexOf('=');
      return eq > 0 && CommandPrefixes.isName(text, 0, eq);
    }

    private void clear() {
      words.clear();
      assigns.clear();
      reasons.clear();
      redirected = false;
      cmdStart = -1;
      cmdEnd = -1;
    }

    private void finish(String terminator) {
      if (words.isEmpty() && assigns.isEmpty()) {
        clear();
        prevTerminator = terminator;
        return;
      }
      Set<String> why = new LinkedHashSet<>(reasons);
      Map<String, String> assignments = new LinkedHashMap<>();
      Set<String> unknownAssigned = new LinkedHashSet<>();
      for (Token a : assigns) {
        Expansion e = expand(a, false);
        String text = e.fields.isEmpty() ? "" : e.fields.get(0);
        int eq = text.indexOf('=');
        String name = text.substring(0, eq);
        assignments.put(name, text.substring(eq + 1));
        if (!e.reasons.isEmpty()) {
          unknownAssigned.add(name);
        }
        why.addAll(e.reasons);
      }
      List<String> fields = new ArrayList<>();
      for (Token w : words) {
        Expansion e = expand(w, true);
        fields.addAll(e.fields);
        why.addAll(e.reasons);
      }
      String text = cmdStart >= 0 ? line.substring(cmdStart, Math.min(cmdEnd, line.length())) : "";
      boolean inPipeline =
          isPipe(terminator) || "&".equals(terminator) || isPipe(prevTerminator);
      clear();
      prevTerminator = terminator;

      if (fields.isEmpty()) {
        // NAME=value alone sets a shell variable for the rest of the line
        if (!inPipeline) {
          for (Map.Entry<String, String> e : assignments.entrySet()) {
            if (unknownAssigned.contains(e.getKey())) {
              state.vars.remove(e.getKey());
            } else {
              state.vars.put(e.getKey(), e.getValue());
            }
          }
        }
        return;
      }
      CommandPrefixes.Stripped st = CommandPrefixes.strip(fields);
      if (st.argv().isEmpty()) {
        return; // only silencing characters and assignments
      }
      Map<String, String> all = new LinkedHashMap<>(assignments);
      all.putAll(st.assignments());
      String wd = state.cwd;
      if (st.chdir() != null) {
        wd = changeDir(wd, st.chdir());
      }
      boolean conditional = false;
      for (Frame f : frames) {
        conditional |= f.kind() == FrameKind.CONTROL || f.kind() == FrameKind.FUNCTION;
      }
      out.add(
          new SimpleCommand(
              st.argv(), all, st.prefixes(), wd, new ArrayList<>(why), conditional, text));
      if (!inPipeline) {
        builtin(st.argv());
      }
    }

    private static boolean isPipe(String t) {
      return "|".equals(t) || "|&".equals(t);
    }

    /** Applies the effect on the shell state of cd, pushd, popd, export and unset. */
    private void builtin(List<String> argv) {
      String name = argv.get(0);
      List<String> args = argv.subList(1, argv.size());
      switch (name) {
        case "cd" -> {
          String target = firstNonOption(args);
          String next;
          if (target == null) {
            next = null; // $HOME: unknown
          } else if (target.equals("-")) {
            next = state.oldCwd;
          } else {
            next = changeDir(state.cwd, target);
          }
          state.oldCwd = state.cwd;
          state.cwd = next;
        }
        case "pushd" -> {
          String target = firstNonOption(args);
          state.dirStack.push(state.cwd == null ? "\0" : state.cwd);
          state.oldCwd = state.cwd;
          state.cwd = target == null || target.startsWith("+") ? null : changeDir(state.cwd, target);
        }
        case "popd" -> {
          state.oldCwd = state.cwd;
          String top = state.dirStack.isEmpty() ? "\0" : state.dirStack.pop();
          state.cwd = top.equals("\0") ? null : top;
        }
        case "export", "readonly", "declare", "typeset", "local" -> {
          for (String a : args) {
            if (CommandPrefixes.isAssignment(a)) {
              int eq = a.indexOf('=');
              String value = a.substring(eq + 1);
              if (PathNames.isUnresolved(value) && value.contains("$")) {
                state.vars.remove(a.substring(0, eq));
              } else {
                state.vars.put(a.substring(0, eq), value);
              }
            }
          }
        }
        case "unset" -> {
          for (String a : args) {
            if (!a.startsWith("-")) {
              state.vars.put(a, "");
            }
          }
        }
        default -> {}
      }
    }

    private static String firstNonOption(List<String> args) {
      boolean options = true;
      for (String a : args) {
        if (options && a.equals("--")) {
          options = false;
          continue;
        }
        if (options && a.startsWith("-") && a.length() > 1) {
          continue;
        }
        return a;
      }
      return null;
    }

    private static String changeDir(String cwd, String target) {
      if (target.isEmpty() || PathNames.isUnresolved(target)) {
        return null;
      }
      if (target.startsWith("/")) {
        return PathNames.normalize(target);
      }
      if (cwd == null) {
        return null;
      }
      return PathNames.resolve(cwd, target);
    }

    private record Expansion(List<String> fields, List<String> reasons) {}

    /** Expands one word: resolves known variables, splits unquoted values, keeps the rest. */
    private Expansion expand(Token t, boolean split) {
      List<String> fields = new ArrayList<>();
      List<String> why = new ArrayList<>();
      if (t.kind() != Kind.WORD) {
        fields.add(t.text());
        return new Expansion(fields, why);
      }
      if (t.parts().size() == 1 && t.parts().get(0) instanceof Lit only && !only.quoted()
          && !only.text().isEmpty() && !only.text().startsWith("~") && !isGlob(only.text())) {
        return new Expansion(List.of(only.text()), List.of()); // most words: plain text
      }
      StringBuilder cur = new StringBuilder();
      boolean curCounts = false; // quoted content makes even an empty field a word
      boolean first = true;
      for (Part p : t.parts()) {
        if (p instanceof Lit l) {
          cur.append(l.text());
          if (l.quoted()) {
            curCounts = true;
          } else {
            if (first && l.text().startsWith("~")) {
              why.add("tilde expansion");
            }
            if (isGlob(l.text())) {
              why.add("glob pattern " + t.text());
            }
          }
        } else if (p instanceof Param pa) {
          String value = pa.simple() ? state.vars.get(pa.name()) : null;
          if (value == null) {
            cur.append(pa.raw());
            why.add("unresolved shell variable " + pa.raw());
          } else if (pa.quoted() || !split) {
            cur.append(value);
            curCounts |= pa.quoted();
          } else {
            String[] pieces = value.split("[ \t\n]+", -1);
            for (int k = 0; k < pieces.length; k++) {
              if (k > 0 && (cur.length() > 0 || curCounts)) {
                fields.add(cur.toString());
                cur.setLength(0);
                curCounts = false;
              }
              cur.append(pieces[k]);
            }
          }
        } else if (p instanceof Subst sub) {
          cur.append(sub.raw());
          curCounts = true;
          why.add(sub.reason() + " " + sub.raw());
        }
        first = false;
      }
      if (cur.length() > 0 || curCounts) {
        fields.add(cur.toString());
      }
      return new Expansion(fields, why);
    }

    private static boolean isGlob(String s) {
      if (s.indexOf('*') >= 0 || s.indexOf('?') >= 0) {
        return true;
      }
      int open = s.indexOf('[');
      return open >= 0 && s.indexOf(']', open + 2) > 0;
    }
  }
}
