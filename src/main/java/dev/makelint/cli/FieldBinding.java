package dev.makelint.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Binds an option or positional parameter, declared with picocli's programmatic API, to a field
 * of the object that holds its value: the option's type is the field's, its initial value the
 * field's value when declared, and what the user gives is stored in the field.
 *
 * <p>makelint declares its command lines this way rather than with picocli's annotations, which
 * took about a third of a lint's start (async-profiler, 20 runs of the seed case): reading an
 * annotation makes the JVM generate a proxy class per annotation type on every start (class data
 * sharing cannot keep them), picocli reads the annotations of {@code Object}'s methods too, which
 * need two more, and each annotated mixin is a command model of its own. Declared here, no
 * annotation is read; only the named fields are looked up, once each.
 */
final class FieldBinding implements IGetter, ISetter {
  private final Object owner;
  private final Field field;

  private FieldBinding(Object owner, String name) {
    this.owner = owner;
    try {
      this.field = owner.getClass().getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(owner.getClass().getName() + " has no field " + name, e);
    }
  }

  /** An option with {@code names}, kept in {@code owner}'s field {@code field}. */
  static OptionSpec.Builder option(Object owner, String field, String... names) {
    FieldBinding b = new FieldBinding(owner, field);
    return OptionSpec.builder(names).type(b.field.getType()).auxiliaryTypes(b.elementTypes())
        .getter(b).setter(b).initialValue(b.get()).paramLabel(b.defaultLabel());
  }

  /** A positional parameter kept in {@code owner}'s field {@code field}. */
  static PositionalParamSpec.Builder positional(Object owner, String field) {
    FieldBinding b = new FieldBinding(owner, field);
    return PositionalParamSpec.builder().type(b.field.getType())
        .auxiliaryTypes(b.elementTypes()).getter(b).setter(b).initialValue(b.get())
        .paramLabel(b.defaultLabel());
  }

  /** The label picocli gives an annotated field (declarations that show one set their own). */
  private String defaultLabel() {
    return "<" + field.getName() + ">";
  }

  /** What picocli converts each value to: a List<String>'s String, else the field's type. */
  private Class<?>[] elementTypes() {
    if (field.getGenericType() instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      Class<?>[] elements = new Class<?>[args.length];
      for (int i = 0; i < args.length; i++) {
        elements[i] = args[i] instanceof Class<?> c ? c : String.class;
      }
      return elements;
    }
    return new Class<?>[] {field.getType()};
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    try {
      return (T) field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public <T> T set(T value) {
    T old = get();
    try {
      field.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    return old;
  }
}
