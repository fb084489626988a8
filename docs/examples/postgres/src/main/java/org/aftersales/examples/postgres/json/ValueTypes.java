package org.aftersales.examples.postgres.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.NamedCode;

/** What kind of library type a class is, found by reflection on public types only; cached. */
final class ValueTypes {

  private static final Map<Class<?>, Optional<Class<?>>> BUILDER_TYPES = new ConcurrentHashMap<>();

  private ValueTypes() {}

  /**
   * The public type with {@code public static builder()} that {@code c} is or implements: the
   * Immutables aggregate's public face ({@code ServiceRequest} for the generated
   * {@code ImmutableServiceRequest}).
   *
   * @param c a class
   * @return that type, or null if {@code c} is not built by a builder
   */
  static Class<?> builderType(Class<?> c) {
    return BUILDER_TYPES.computeIfAbsent(c, ValueTypes::findBuilderType).orElse(null);
  }

  private static Optional<Class<?>> findBuilderType(Class<?> c) {
    if (c.isRecord() || c.isEnum() || c.isPrimitive() || c.isArray()
        || !c.getName().startsWith("org.aftersales.")) {
      return Optional.empty();
    }
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      if (hasBuilder(k)) {
        return Optional.of(k);
      }
      for (Class<?> i : k.getInterfaces()) {
        if (hasBuilder(i)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasBuilder(Class<?> k) {
    if (!Modifier.isPublic(k.getModifiers())) {
      return false;
    }
    try {
      Method m = k.getDeclaredMethod("builder");
      return Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
          && Modifier.isPublic(m.getReturnType().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Whether {@code c} is one of the abstract bases of the hand-written value classes.
   *
   * @param c a class
   * @return true for {@code Identifier} and {@code NamedCode}
   */
  static boolean isValueBase(Class<?> c) {
    return c == Identifier.class || c == NamedCode.class;
  }

  /**
   * A public static factory of {@code type} taking exactly {@code parameters}.
   *
   * @param type the value class
   * @param name the factory's name, e.g. {@code of}
   * @param parameters its parameter types
   * @return the method
   * @throws IllegalStateException if there is none
   */
  static Method factory(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method m = type.getMethod(name, parameters);
      if (!Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
        throw new NoSuchMethodException(name);
      }
      return m;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no public static factory " + name
          + java.util.Arrays.toString(parameters), e);
    }
  }
}
