package org.aftersales.examples.postgres.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.NamedCode;
import org.aftersales.core.shared.Version;

/**
 * The library's types for Jackson: the hand-written value classes through their factories, the
 * Immutables aggregates through their builders ({@link BuiltValues}), and records restricted to
 * their components (a record's derived {@code getX}/{@code isX} methods are not stored).
 */
final class LibraryModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  LibraryModule() {
    super("aftersales-library");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new LibrarySerializers());
    context.addDeserializers(new LibraryDeserializers());
    context.addKeyDeserializers(new LibraryKeyDeserializers());
    context.addBeanSerializerModifier(new RecordComponentsOnly());
  }

  private static final class RecordComponentsOnly extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
        BeanDescription beanDesc, List<BeanPropertyWriter> beanProperties) {
      Class<?> c = beanDesc.getBeanClass();
      if (!c.isRecord()) {
        return beanProperties;
      }
      Set<String> components = Arrays.stream(c.getRecordComponents())
          .map(RecordComponent::getName).collect(Collectors.toSet());
      return beanProperties.stream().filter(p -> components.contains(p.getName())).toList();
    }
  }

  private static final class LibrarySerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      if (Money.class.isAssignableFrom(c)) {
        return new MoneySerializer();
      }
      if (Identifier.class.isAssignableFrom(c)) {
        return new IdentifierSerializer();
      }
      if (NamedCode.class.isAssignableFrom(c)) {
        return new NamedCodeSerializer();
      }
      if (Version.class.isAssignableFrom(c)) {
        return new VersionSerializer();
      }
      if (DocumentNumber.class.isAssignableFrom(c)) {
        return new DocumentNumberSerializer();
      }
      JsonSerializer<?> kernel = ComplaintKernels.serializer(c);
      if (kernel != null) {
        return kernel;
      }
      Class<?> built = ValueTypes.builderType(c);
      if (built != null) {
        return BuiltValues.of(built, config.getTypeFactory()).serializer();
      }
      return null;
    }
  }

  private static final class LibraryDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      if (c == Money.class) {
        return new MoneyDeserializer();
      }
      if (Identifier.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
        return new FactoryDeserializer(c, ValueTypes.factory(c, "of", String.class));
      }
      if (NamedCode.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
        return new NamedCodeDeserializer(c);
      }
      if (c == Version.class) {
        return new VersionDeserializer();
      }
      if (c == DocumentNumber.class) {
        return new DocumentNumberDeserializer();
      }
      JsonDeserializer<?> kernel = ComplaintKernels.deserializer(c);
      if (kernel != null) {
        return kernel;
      }
      Class<?> built = ValueTypes.builderType(c);
      if (built != null) {
        return BuiltValues.of(built, config.getTypeFactory()).deserializer();
      }
      return null;
    }
  }

  /** Map keys: identifiers by their text, vocabulary entries by their code. */
  private static final class LibraryKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      if (Identifier.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
        Method of = ValueTypes.factory(c, "of", String.class);
        return new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt)
              throws IOException {
            return invoke(ctxt.getParser(), c, of, key);
          }
        };
      }
      if (NamedCode.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
        return new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt)
              throws IOException {
            return namedCode(ctxt.getParser(), c, key, null, null);
          }
        };
      }
      return null;
    }
  }

  /**
   * Calls a factory, turning its refusal into a mapping error that Jackson gives the JSON path.
   */
  static Object invoke(JsonParser p, Class<?> type, Method factory, Object... args)
      throws JsonMappingException {
    try {
      return factory.invoke(null, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw JsonMappingException.from(p, type.getName() + " refused " + Arrays.toString(args)
          + ": " + cause.getMessage(), cause);
    } catch (IllegalAccessException e) {
      throw JsonMappingException.from(p, "cannot call " + factory, e);
    }
  }

  /**
   * A vocabulary entry: the one seeded under {@code code} (a public constant of its class) if
   * there is one — the same instance, as core compares some of them by identity — else
   * {@code of(code, english, chinese)} (an adopter's own entry; its code alone when the names are
   * not known, as for a map key).
   */
  static Object namedCode(JsonParser p, Class<?> c, String code, String english, String chinese)
      throws JsonMappingException {
    Object seeded = SEEDED.get(c).get(code);
    if (seeded != null) {
      return seeded;
    }
    return invoke(p, c, ValueTypes.factory(c, "of", String.class, String.class, String.class),
        code, english == null ? code : english, chinese == null ? code : chinese);
  }

  /** Per vocabulary class, its public constants by code (read once: reflection is slow). */
  private static final ClassValue<Map<String, Object>> SEEDED = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> c) {
      Map<String, Object> byCode = new HashMap<>();
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == c) {
          try {
            Object constant = f.get(null);
            byCode.putIfAbsent(((NamedCode<?>) constant).code(), constant);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
          }
        }
      }
      return Map.copyOf(byCode);
    }
  };

  private static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money m, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("amount", m.amount().toPlainString());
      g.writeStringField("currency", m.currency().getCurrencyCode());
      g.writeEndObject();
    }
  }

  private static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode n = c.readTree(p);
      JsonNode amount = n.get("amount");
      JsonNode currency = n.get("currency");
      if (!n.isObject() || n.size() != 2 || amount == null || !amount.isTextual()
          || currency == null || !currency.isTextual()) {
        throw JsonMappingException.from(p,
            "money must be {\"amount\": \"<decimal>\", \"currency\": \"<ISO 4217>\"}, not " + n);
      }
      try {
        return Money.of(new BigDecimal(amount.asText()),
            Currency.getInstance(currency.asText()));
      } catch (RuntimeException e) {
        throw JsonMappingException.from(p, "not money: " + n + ": " + e.getMessage(), e);
      }
    }
  }

  private static final class IdentifierSerializer extends StdSerializer<Identifier<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    IdentifierSerializer() {
      super((Class) Identifier.class);
    }

    @Override
    public void serialize(Identifier<?> id, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeString(id.value());
    }
  }

  private static final class FactoryDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final Method of;

    FactoryDeserializer(Class<?> type, Method of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext c) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return c.handleUnexpectedToken(type, p);
      }
      return invoke(p, type, of, p.getText());
    }
  }

  private static final class NamedCodeSerializer extends StdSerializer<NamedCode<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    NamedCodeSerializer() {
      super((Class) NamedCode.class);
    }

    @Override
    public void serialize(NamedCode<?> v, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("code", v.code());
      g.writeStringField("en", v.displayName().english());
      g.writeStringField("zh", v.displayName().chinese());
      g.writeEndObject();
    }
  }

  private static final class NamedCodeDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;

    NamedCodeDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode n = c.readTree(p);
      if (n.isTextual()) {
        return namedCode(p, type, n.asText(), null, null);
      }
      JsonNode code = n.get("code");
      JsonNode en = n.get("en");
      JsonNode zh = n.get("zh");
      if (code == null || !code.isTextual() || en == null || zh == null) {
        throw JsonMappingException.from(p, type.getSimpleName()
            + " must be {\"code\": …, \"en\": …, \"zh\": …}, not " + n);
      }
      return namedCode(p, type, code.asText(), en.asText(), zh.asText());
    }
  }

  private static final class VersionSerializer extends StdSerializer<Version> {
    private static final long serialVersionUID = 1L;

    VersionSerializer() {
      super(Version.class);
    }

    @Override
    public void serialize(Version v, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeNumber(v.value());
    }
  }

  private static final class VersionDeserializer extends JsonDeserializer<Version> {
    @Override
    public Version deserialize(JsonParser p, DeserializationContext c) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (Version) c.handleUnexpectedToken(Version.class, p);
      }
      return (Version) invoke(p, Version.class,
          ValueTypes.factory(Version.class, "of", long.class), p.getLongValue());
    }
  }

  private static final class DocumentNumberSerializer extends StdSerializer<DocumentNumber> {
    private static final long serialVersionUID = 1L;

    DocumentNumberSerializer() {
      super(DocumentNumber.class);
    }

    @Override
    public void serialize(DocumentNumber d, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("series", d.series().value());
      g.writeStringField("text", d.text());
      g.writeStringField("periodKey", d.periodKey());
      g.writeStringField("periodStart", d.periodStart().toString());
      g.writeNumberField("serial", d.serial());
      g.writeEndObject();
    }
  }

  private static final class DocumentNumberDeserializer extends JsonDeserializer<DocumentNumber> {
    @Override
    public DocumentNumber deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode n = c.readTree(p);
      JsonNode series = n.get("series");
      JsonNode text = n.get("text");
      JsonNode periodKey = n.get("periodKey");
      JsonNode periodStart = n.get("periodStart");
      JsonNode serial = n.get("serial");
      if (series == null || text == null || periodKey == null || periodStart == null
          || serial == null || !serial.canConvertToLong()) {
        throw JsonMappingException.from(p, "a document number must be {\"series\", \"text\", "
            + "\"periodKey\", \"periodStart\", \"serial\"}, not " + n);
      }
      try {
        return DocumentNumber.of(SeriesId.of(series.asText()), text.asText(), periodKey.asText(),
            LocalDate.parse(periodStart.asText()), serial.asLong());
      } catch (RuntimeException e) {
        throw JsonMappingException.from(p, "not a document number: " + n + ": "
            + e.getMessage(), e);
      }
    }
  }
}
