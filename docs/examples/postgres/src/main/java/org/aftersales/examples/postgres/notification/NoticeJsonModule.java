package org.aftersales.examples.postgres.notification;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;

/**
 * The JSON form of a {@link Notice} (通知), as the {@code notice} table's document and the
 * outbox's payload: pass it to the {@code AftersalesJson} constructor. A notice's parameters are
 * {@code Object}s of six plain types ({@link String}, {@link Long}, {@link Boolean},
 * {@link BigDecimal}, {@link Instant}, {@link LocalDate}) that JSON alone does not tell apart (a
 * {@code Long} would come back an {@code Integer}, an {@code Instant} a {@code String}), so each
 * value is written with its type; a kind of the adopter's own keeps its English and Chinese
 * names; instants are ISO-8601 text to the nanosecond. Reading goes through the library's
 * constructors, which check every value again.
 *
 * <pre>{@code
 * {"key": {"sourceKind": "service-request", "sourceId": "SR-1", "rule": "SVC-08",
 *          "step": "ARRIVAL_ON_SITE.breach", "occurrence": "2026-11-02T07:30:00Z"},
 *  "kind": {"code": "BREACH", "english": "Breach", "chinese": "超时"},
 *  "recipient": {"person": "tech-1", "supervisor": false},
 *  "delivery": "IMMEDIATE", "occurredAt": "2026-11-02T07:30:00.123456Z",
 *  "parameters": {"level": {"type": "long", "value": "1"}}}
 * }</pre>
 */
public final class NoticeJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The library's kinds by code: read back as the constants themselves. */
  private static final Map<String, NoticeKind> LIBRARY_KINDS = libraryKinds();

  /** The module, with the serializer and the deserializer of {@link Notice}. */
  public NoticeJsonModule() {
    super("aftersales-notice");
    addSerializer(Notice.class, new NoticeSerializer());
    addDeserializer(Notice.class, new NoticeDeserializer());
  }

  private static Map<String, NoticeKind> libraryKinds() {
    Map<String, NoticeKind> kinds = new HashMap<>();
    for (Field f : NoticeKind.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == NoticeKind.class) {
        try {
          NoticeKind k = (NoticeKind) f.get(null);
          kinds.put(k.code(), k);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("reading NoticeKind." + f.getName(), e);
        }
      }
    }
    return Map.copyOf(kinds);
  }

  private static final class NoticeSerializer extends JsonSerializer<Notice> {
    @Override
    public void serialize(Notice n, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      NoticeKey k = n.key();
      g.writeObjectFieldStart("key");
      g.writeStringField("sourceKind", k.sourceKind());
      g.writeStringField("sourceId", k.sourceId());
      g.writeStringField("rule", k.rule().value());
      g.writeStringField("step", k.step());
      g.writeStringField("occurrence", k.occurrence());
      g.writeEndObject();
      g.writeObjectFieldStart("kind");
      g.writeStringField("code", n.kind().code());
      g.writeStringField("english", n.kind().displayName().english());
      g.writeStringField("chinese", n.kind().displayName().chinese());
      g.writeEndObject();
      g.writeObjectFieldStart("recipient");
      if (n.recipient() instanceof Recipient.Role r) {
        g.writeStringField("role", r.role().name());
      } else if (n.recipient() instanceof Recipient.Person person) {
        g.writeStringField("person", person.person().value());
        g.writeBooleanField("supervisor", person.supervisor());
      }
      g.writeEndObject();
      g.writeStringField("delivery", n.delivery().name());
      g.writeStringField("occurredAt", n.occurredAt().toString());
      g.writeObjectFieldStart("parameters");
      for (Map.Entry<String, Object> e : n.parameters().entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        Object v = e.getValue();
        g.writeStringField("type", typeOf(v));
        g.writeStringField("value", v instanceof BigDecimal d ? d.toString() : v.toString());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    private static String typeOf(Object v) {
      if (v instanceof String) {
        return "string";
      } else if (v instanceof Long) {
        return "long";
      } else if (v instanceof Boolean) {
        return "boolean";
      } else if (v instanceof BigDecimal) {
        return "decimal";
      } else if (v instanceof Instant) {
        return "instant";
      } else if (v instanceof LocalDate) {
        return "date";
      }
      // Notice's constructor admits no other type.
      throw new IllegalStateException("not a plain notice parameter: " + v.getClass().getName());
    }
  }

  private static final class NoticeDeserializer extends JsonDeserializer<Notice> {
    @Override
    public Notice deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode n = p.readValueAsTree();
      JsonNode k = n.required("key");
      NoticeKey key = new NoticeKey(text(k, "sourceKind"), text(k, "sourceId"),
          RuleId.of(text(k, "rule")), text(k, "step"), text(k, "occurrence"));
      JsonNode kindNode = n.required("kind");
      String code = text(kindNode, "code");
      NoticeKind kind = LIBRARY_KINDS.containsKey(code) ? LIBRARY_KINDS.get(code)
          : NoticeKind.of(code, text(kindNode, "english"), text(kindNode, "chinese"));
      JsonNode r = n.required("recipient");
      Recipient recipient = r.has("role")
          ? Recipient.role(RecipientRole.valueOf(text(r, "role")))
          : r.required("supervisor").asBoolean()
              ? Recipient.supervisorPerson(PersonId.of(text(r, "person")))
              : Recipient.person(PersonId.of(text(r, "person")));
      TreeMap<String, Object> parameters = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : n.required("parameters").properties()) {
        parameters.put(e.getKey(), value(text(e.getValue(), "type"), text(e.getValue(), "value")));
      }
      return new Notice(key, kind, recipient, Delivery.valueOf(text(n, "delivery")),
          Instant.parse(text(n, "occurredAt")), parameters);
    }

    private static Object value(String type, String text) {
      return switch (type) {
        case "string" -> text;
        case "long" -> Long.valueOf(text);
        case "boolean" -> Boolean.valueOf(text);
        case "decimal" -> new BigDecimal(text);
        case "instant" -> Instant.parse(text);
        case "date" -> LocalDate.parse(text);
        default -> throw new IllegalStateException("unknown notice parameter type " + type);
      };
    }

    private static String text(JsonNode node, String field) {
      return node.required(field).asText();
    }
  }
}
