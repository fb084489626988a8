package org.aftersales.examples.postgres.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON form of the values the adapters store (存储文档的 JSON 形式): aggregates as {@code jsonb}
 * documents, events in the outbox. One Jackson {@link ObjectMapper}, set up generically so that
 * a new library type needs no change here:
 * <ul>
 *   <li><b>records</b> (commands, events, small values) are written from their components and
 *       read through their canonical constructors, so every stored value is validated again when
 *       read;</li>
 *   <li><b>Immutables aggregates</b> (every type with a {@code public static Builder builder()},
 *       such as {@code ServiceRequest} or {@code ComplaintCase}) are written from the public
 *       accessors their builder can set, and read through {@code builder()}, the setters
 *       ({@code addAllX} for lists, {@code putAllX} for maps, the plain overload for an
 *       {@code Optional}) and {@code build()} — found by reflection on the public abstract type
 *       and its public {@code Builder}, never on the generated class;</li>
 *   <li><b>hand-written value classes</b> through their factories: identifiers as their text,
 *       {@code Money} as {@code {"amount": "12.30", "currency": "CNY"}} (the amount as a string, so
 *       no precision or scale is lost), {@code Version} as its number, {@code DocumentNumber} as
 *       its parts, the extensible vocabularies ({@code NoticeKind}, {@code Milestone},
 *       {@code ServiceZone}, {@code FineKind}, …) as their code and bilingual name, read back as
 *       the seeded constant of that code when there is one;</li>
 *   <li>the complaint case's hand-written kernels ({@code RoutingLedger},
 *       {@code ComplaintQuantities}, {@code RemedyLine}, {@code ResponsibilityLine},
 *       {@code ReceivableHold}) from their accessors, read back by replaying their domain verbs
 *       ({@link ComplaintKernels});</li>
 *   <li>instants and other {@code java.time} values as ISO-8601 text (instants to the
 *       nanosecond, so microseconds survive);</li>
 *   <li>a field whose declared type is an interface or abstract class of the library (a sealed
 *       interface such as {@code ResponsibleParty}, a {@code DomainEvent}) carries a type tag,
 *       {@code "@type"}: the class name of its value; so does a plain value declared as
 *       {@code Object} (a notice's parameters) unless JSON tells its type. A value written on its
 *       own is written as its class, without a tag: read it back as that class (the outbox stores
 *       each event's class name beside it for this); a list or map whose elements share one
 *       class is written as a list or map of that class.</li>
 *   <li>decimals keep their scale; maps are written in key order (jsonb keeps no key order).</li>
 * </ul>
 * The mapper is strict: an unknown property, a missing record component, a number where text is
 * stored (no coercion) or a value its factory refuses makes {@link #read} fail with an {@link IllegalStateException} naming the type and the
 * JSON path. Thread-safe; build one per application and share it.
 */
public final class AftersalesJson {

  private final ObjectMapper mapper;

  /** The mapper for the library's types. */
  public AftersalesJson() {
    this(new Module[0]);
  }

  /**
   * The mapper for the library's types and the adopter's own, e.g. a module with a
   * (de)serializer for a value type the generic rules do not cover. Modules given here are
   * registered after the library's, so theirs win for the types they name.
   *
   * @param extra further Jackson modules
   */
  public AftersalesJson(Module... extra) {
    JsonMapper.Builder builder = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new LibraryModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        // The same value gives the same text, whatever order its maps were filled in (jsonb
        // keeps no key order anyway: map order is never part of a stored value).
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // Decimals keep their scale (a weight of 9.0 stays 9.0), also through JSON trees.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        // No guessing: a number where text is stored (or text where a number is) is a fault.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, text -> text
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .setDefaultTyping(new LibraryTyping());
    for (Module m : extra) {
      builder.addModule(Objects.requireNonNull(m, "module"));
    }
    this.mapper = builder.build();
  }

  /**
   * The JSON text of {@code value}.
   *
   * @param value a library value: an aggregate, an event, a record, a value class, or a list or
   *     map of them
   * @return the JSON text
   * @throws IllegalStateException if the value cannot be written (the message names its type)
   */
  public String write(Object value) {
    try {
      return mapper.writerFor(rootType(value)).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a "
          + (value == null ? "null" : value.getClass().getName()) + at(e) + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * The type a root value is written as: its class, and for a list or map whose elements (values)
   * all have one class, a list or map of that class — so that a {@code List<OutboxEvent>} is
   * written without the type tags an element declared as {@code Object} would get, and reads back
   * as a {@code List<OutboxEvent>}. Elements of several classes are written with their tags.
   */
  private JavaType rootType(Object value) {
    TypeFactory types = mapper.getTypeFactory();
    if (value instanceof Collection<?> c && !c.isEmpty()) {
      Class<?> element = commonClass(c);
      if (element != null) {
        return types.constructCollectionType(List.class, element);
      }
    } else if (value instanceof Map<?, ?> m && !m.isEmpty()) {
      Class<?> key = commonClass(m.keySet());
      Class<?> element = commonClass(m.values());
      if (key != null && element != null) {
        return types.constructMapType(Map.class, key, element);
      }
    }
    return value == null ? types.constructType(Object.class) : types.constructType(value.getClass());
  }

  private static Class<?> commonClass(Collection<?> values) {
    Class<?> common = null;
    for (Object v : values) {
      if (v == null || common != null && v.getClass() != common) {
        return null;
      }
      common = v.getClass();
    }
    return common;
  }

  /**
   * Reads a value written by {@link #write}.
   *
   * @param json the JSON text
   * @param type what it holds, e.g. {@code ServiceRequest.class} (the public type, not the
   *     generated one) or an event's class
   * @param <T> that type
   * @return the value, validated by its constructor, factory or builder
   * @throws IllegalStateException if the text is not a valid {@code type} (the message names the
   *     type and the JSON path of the fault)
   */
  public <T> T read(String json, Class<T> type) {
    return read(json, mapper.constructType(type), type.getName());
  }

  /**
   * Reads a generic value written by {@link #write}, e.g. a {@code List<OutboxEvent>}.
   *
   * @param json the JSON text
   * @param type what it holds
   * @param <T> that type
   * @return the value, validated by its constructors, factories or builders
   * @throws IllegalStateException if the text is not a valid {@code type} (the message names the
   *     type and the JSON path of the fault)
   */
  public <T> T read(String json, TypeReference<T> type) {
    JavaType javaType = mapper.constructType(type);
    return read(json, javaType, javaType.toCanonical());
  }

  private <T> T read(String json, JavaType type, String typeName) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a " + typeName + at(e) + ": "
          + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      // A factory's refusal that Jackson did not wrap (e.g. at the root).
      throw new IllegalStateException("cannot read a " + typeName + " at $: " + e.getMessage(),
          e);
    }
  }

  private static String at(JsonProcessingException e) {
    if (e instanceof JsonMappingException m) {
      StringBuilder path = new StringBuilder("$");
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append('.').append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      return " at " + path;
    }
    return e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription();
  }
}
