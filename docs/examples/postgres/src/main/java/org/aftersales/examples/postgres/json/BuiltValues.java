package org.aftersales.examples.postgres.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Immutables aggregate's JSON form, found by reflection on its public abstract type and the
 * public {@code Builder} that {@code builder()} returns (never on the package-private generated
 * class): its attributes are the public no-argument accessors the builder has a setter for
 * ({@code addAllX} for a collection, {@code putAllX} for a map, the plain overload
 * {@code x(T)} for an {@code Optional<T>}, {@code x(T)} otherwise). Derived accessors, which the
 * builder cannot set, are not stored. An empty {@code Optional} is left out of the document.
 * Reading calls {@code builder()}, one setter per attribute present, then {@code build()}, so the
 * aggregate's own checks run again.
 */
final class BuiltValues {

  private static final Map<Class<?>, BuiltValues> CACHE = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final Method builder;
  private final Method build;
  private final Map<String, Attribute> attributes;
  private final List<Attribute> sorted;

  private record Attribute(String name, Method accessor, Method setter, JavaType declared,
      boolean optional, boolean container) {}

  private BuiltValues(Class<?> type, TypeFactory types) {
    this.type = type;
    try {
      this.builder = type.getMethod("builder");
      Class<?> builderClass = builder.getReturnType();
      this.build = accessible(builderClass, builderClass.getMethod("build"));
      Map<String, Attribute> found = new LinkedHashMap<>();
      List<Method> accessors = new ArrayList<>(List.of(type.getMethods()));
      accessors.sort(Comparator.comparing(Method::getName));
      for (Method a : accessors) {
        if (Modifier.isStatic(a.getModifiers()) || a.getParameterCount() != 0
            || a.getReturnType() == void.class || a.getDeclaringClass() == Object.class) {
          continue;
        }
        Attribute attribute = attribute(a, builderClass, types);
        if (attribute != null) {
          found.put(attribute.name(), attribute);
        }
      }
      this.attributes = Map.copyOf(found);
      this.sorted = List.copyOf(found.values());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no usable builder", e);
    }
  }

  static BuiltValues of(Class<?> type, TypeFactory types) {
    return CACHE.computeIfAbsent(type, t -> new BuiltValues(t, types));
  }

  private static Attribute attribute(Method a, Class<?> builderClass, TypeFactory types) {
    String name = a.getName();
    String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    JavaType declared = types.constructType(a.getGenericReturnType());
    Class<?> raw = a.getReturnType();
    if (Collection.class.isAssignableFrom(raw)) {
      Method setter = setter(builderClass, "addAll" + capitalized, Iterable.class);
      JavaType list = types.constructCollectionType(List.class, declared.getContentType());
      return setter == null ? null : new Attribute(name, a, setter, list, false, true);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Method setter = setter(builderClass, "putAll" + capitalized, Map.class);
      JavaType map = types.constructMapType(LinkedHashMap.class, declared.getKeyType(),
          declared.getContentType());
      return setter == null ? null : new Attribute(name, a, setter, map, false, true);
    }
    if (raw == Optional.class) {
      JavaType inner = declared.getReferencedType();
      Method setter = setter(builderClass, name, inner.getRawClass());
      return setter == null ? null : new Attribute(name, a, setter, inner, true, false);
    }
    Method setter = setter(builderClass, name, raw);
    return setter == null ? null : new Attribute(name, a, setter, declared, false, false);
  }

  /** The builder's one-argument method {@code name} that accepts a {@code value}. */
  private static Method setter(Class<?> builderClass, String name, Class<?> value) {
    for (Method m : builderClass.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterTypes()[0] != Optional.class
          && m.getParameterTypes()[0].isAssignableFrom(value)) {
        return accessible(builderClass, m);
      }
    }
    return null;
  }

  /**
   * The method as declared by the public builder class: javac gives the public {@code Builder}
   * public bridges for the methods it inherits from the package-private generated builder.
   */
  private static Method accessible(Class<?> builderClass, Method m) {
    if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
      return m;
    }
    for (Method d : builderClass.getDeclaredMethods()) {
      if (d.getName().equals(m.getName())
          && java.util.Arrays.equals(d.getParameterTypes(), m.getParameterTypes())) {
        return d;
      }
    }
    m.trySetAccessible();
    return m;
  }

  JsonSerializer<Object> serializer() {
    return new Serializer();
  }

  JsonDeserializer<Object> deserializer() {
    return new Deserializer();
  }

  private final class Serializer extends JsonSerializer<Object> {
    // Resolved once per serializer (Jackson caches serializers per mapper): looking up a type
    // serializer introspects the declared type's annotations every time.
    private final Map<String, Optional<TypeSerializer>> typeSerializers =
        new ConcurrentHashMap<>();
    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject(value);
      fields(value, g, p);
      g.writeEndObject();
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator g, SerializerProvider p,
        TypeSerializer typeSer) throws IOException {
      WritableTypeId id = typeSer.writeTypePrefix(g,
          typeSer.typeId(value, JsonToken.START_OBJECT));
      fields(value, g, p);
      typeSer.writeTypeSuffix(g, id);
    }

    @Override
    public Class<Object> handledType() {
      @SuppressWarnings("unchecked")
      Class<Object> t = (Class<Object>) type;
      return t;
    }

    private void fields(Object value, JsonGenerator g, SerializerProvider p) throws IOException {
      for (Attribute a : sorted()) {
        Object v;
        try {
          v = a.accessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw JsonMappingException.from(p, "cannot read " + type.getSimpleName() + "."
              + a.name(), e);
        }
        if (a.optional()) {
          v = ((Optional<?>) v).orElse(null);
        }
        if (v == null) {
          continue;
        }
        g.writeFieldName(a.name());
        if (a.container()) {
          p.findTypedValueSerializer(a.declared(), true, null).serialize(v, g, p);
        } else {
          JsonSerializer<Object> s = p.findValueSerializer(v.getClass());
          Optional<TypeSerializer> found = typeSerializers.get(a.name());
          if (found == null) {
            found = Optional.ofNullable(p.findTypeSerializer(a.declared()));
            typeSerializers.put(a.name(), found);
          }
          TypeSerializer ts = found.orElse(null);
          if (ts == null) {
            s.serialize(v, g, p);
          } else {
            s.serializeWithType(v, g, p, ts);
          }
        }
      }
    }
  }

  private List<Attribute> sorted() {
    return sorted;
  }

  private final class Deserializer extends JsonDeserializer<Object> {
    // Resolved once per deserializer (Jackson caches it per mapper, see isCachable): finding a
    // root deserializer resolves the declared type's type deserializer every time.
    private final Map<String, JsonDeserializer<Object>> valueDeserializers =
        new ConcurrentHashMap<>();

    @Override
    public boolean isCachable() {
      return true;
    }
    @Override
    public Object deserialize(JsonParser p, DeserializationContext c) throws IOException {
      // Streamed, not through a tree: each attribute's value is read by its own deserializer
      // straight from the parser (a document is read about a third faster).
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        return c.handleUnexpectedToken(type, t, p, "a %s is stored as an object",
            type.getSimpleName());
      }
      Object b;
      try {
        b = builder.invoke(null);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw JsonMappingException.from(p, "cannot call " + type.getName() + ".builder()", e);
      }
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        Attribute a = attributes.get(name);
        if (a == null) {
          throw UnrecognizedPropertyException.from(p, type, name,
              new ArrayList<>(attributes.keySet()));
        }
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        try {
          JsonDeserializer<Object> d = valueDeserializers.get(name);
          if (d == null) {
            d = c.findRootValueDeserializer(a.declared());
            valueDeserializers.put(name, d);
          }
          Object value = d.deserialize(p, c);
          a.setter().invoke(b, value);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, type, name);
        } catch (InvocationTargetException e) {
          throw JsonMappingException.wrapWithPath(JsonMappingException.from(p,
              type.getSimpleName() + "." + name + " refused: "
                  + e.getCause().getMessage(), e.getCause()), type, name);
        } catch (IllegalAccessException e) {
          throw JsonMappingException.from(p, "cannot call " + a.setter(), e);
        }
      }
      try {
        return build.invoke(b);
      } catch (InvocationTargetException e) {
        throw JsonMappingException.from(p, "not a valid " + type.getSimpleName() + ": "
            + e.getCause().getMessage(), e.getCause());
      } catch (IllegalAccessException e) {
        throw JsonMappingException.from(p, "cannot call " + build, e);
      }
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext c,
        com.fasterxml.jackson.databind.jsontype.TypeDeserializer typeDeserializer)
        throws IOException {
      return typeDeserializer.deserializeTypedFromObject(p, c);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
