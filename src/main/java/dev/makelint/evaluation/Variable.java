package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * One variable as make holds it. Immutable as seen from outside: an assignment replaces the
 * variable in its set.
 *
 * <p>A value made by {@code +=} is kept as the value before it and the addition, and joined when
 * first read: large trees append to a few variables thousands of times ({@code OBJS +=} per
 * module, {@code MAKEFILE_LIST} per include), and copying the whole value at each append made
 * reading them quadratic.
 */
public final class Variable {
  private final String name;
  private final Flavor flavor;
  private final Origin origin;
  /** A String, or an {@link Appended} until first read. */
  private volatile Object value;
  private final Location location;
  private final Boolean export;
  private final boolean isPrivate;
  private final boolean append;

  /**
   * @param append for target- and pattern-specific variables set with {@code +=}: the value is
   *     appended to the inherited one when used
   * @param export null when not set either way, else exported or unexported
   */
  public Variable(String name, Flavor flavor, Origin origin, String value, Location location,
      Boolean export, boolean isPrivate, boolean append) {
    this(name, flavor, origin, (Object) value, location, export, isPrivate, append);
  }

  private Variable(String name, Flavor flavor, Origin origin, Object value, Location location,
      Boolean export, boolean isPrivate, boolean append) {
    this.name = name;
    this.flavor = flavor;
    this.origin = origin;
    this.value = value;
    this.location = location;
    this.export = export;
    this.isPrivate = isPrivate;
    this.append = append;
  }

  /**
   * A variable whose value is {@code before}'s value, a space and {@code addition} ({@code
   * addition} alone when that value is empty), joined when first read.
   */
  static Variable appended(String name, Flavor flavor, Origin origin, Variable before,
      String addition, Location location, Boolean export, boolean append) {
    Object old = before.value;
    int oldLength = old instanceof String s ? s.length() : ((Appended) old).length;
    Object value = oldLength == 0 ? addition : new Appended(old, addition, oldLength);
    return new Variable(name, flavor, origin, value, location, export, false, append);
  }

  /**
   * Whether {@code name} is one of make's automatic variables in a recipe: {@code @ < ^ + ? | * %}
   * and, but for {@code |}, their {@code D} and {@code F} forms ({@code $(|D)} is an ordinary,
   * undefined variable in GNU make).
   */
  public static boolean isAutomaticName(String name) {
    int n = name.length();
    if (n == 0 || n > 2 || "@<^+?|*%".indexOf(name.charAt(0)) < 0) {
      return false;
    }
    return n == 1 || (name.charAt(1) == 'D' || name.charAt(1) == 'F') && name.charAt(0) != '|';
  }

  /** A variable made by a tool rather than a makefile line (e.g. automatic variables). */
  public static Variable automatic(String name, String value) {
    return new Variable(name, Flavor.SIMPLE, Origin.AUTOMATIC, value, Location.NONE, null, false,
        false);
  }

  public String name() {
    return name;
  }

  public Flavor flavor() {
    return flavor;
  }

  public Origin origin() {
    return origin;
  }

  public String value() {
    Object v = value;
    if (v instanceof String s) {
      return s;
    }
    String joined = ((Appended) v).join();
    value = joined;
    return joined;
  }

  /** Whether the value is empty, without joining an appended one. */
  public boolean isEmpty() {
    Object v = value;
    return v instanceof String s ? s.isEmpty() : ((Appended) v).length == 0;
  }

  public Location location() {
    return location;
  }

  public Boolean export() {
    return export;
  }

  public boolean isPrivate() {
    return isPrivate;
  }

  public boolean append() {
    return append;
  }

  public boolean recursive() {
    return flavor == Flavor.RECURSIVE;
  }

  public Variable withValue(String newValue, Location at) {
    return new Variable(name, flavor, origin, newValue, at, export, isPrivate, append);
  }

  public Variable withExport(Boolean newExport) {
    return new Variable(name, flavor, origin, value, location, newExport, isPrivate, append);
  }

  public Variable withPrivate(boolean p) {
    return new Variable(name, flavor, origin, value, location, export, p, append);
  }

  @Override
  public String toString() {
    return "Variable[name=" + name + ", flavor=" + flavor + ", origin=" + origin + ", value="
        + value() + ", location=" + location + ", export=" + export + ", isPrivate=" + isPrivate
        + ", append=" + append + "]";
  }

  /**
   * A value made by {@code +=}: the value before (a String or another Appended) and the text
   * added after a space. Once joined it forgets what came before, so a chain read after every
   * append keeps only its last value.
   */
  private static final class Appended {
    private Object before;
    private final String addition;
    final int length;
    private String joined;

    Appended(Object before, String addition, int beforeLength) {
      this.before = before;
      this.addition = addition;
      this.length = beforeLength + 1 + addition.length();
    }

    synchronized String join() {
      if (joined == null) {
        // The additions back to a joined value or a String, then written out oldest first. Each
        // older node is read under its lock: another thread may be joining it meanwhile.
        List<String> additions = new ArrayList<>();
        additions.add(addition);
        Object v = before;
        String base = null;
        while (base == null) {
          if (v instanceof String s) {
            base = s;
          } else {
            Appended a = (Appended) v;
            synchronized (a) {
              if (a.joined != null) {
                base = a.joined;
              } else {
                additions.add(a.addition);
                v = a.before;
              }
            }
          }
        }
        StringBuilder b = new StringBuilder(length).append(base);
        for (int i = additions.size() - 1; i >= 0; i--) {
          b.append(' ').append(additions.get(i));
        }
        joined = b.toString();
        before = null;
      }
      return joined;
    }
  }
}
