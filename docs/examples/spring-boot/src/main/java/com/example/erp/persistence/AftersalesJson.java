package com.example.erp.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.PenaltyLedgerMonth;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PenaltyLedgerReversal;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;

/**
 * The JSON form of what the adapters store as documents: the penalty ledger (its postings,
 * reversals and settled months) and the outbox's events. The library's events and the ledger's
 * parts are records, which Jackson reads through their canonical constructors (so every stored
 * value is checked again when read); the value types and the two builder-made types get the
 * (de)serializers below. Instants are written as ISO-8601 text, to the nanosecond.
 */
public final class AftersalesJson {

  private final ObjectMapper mapper;

  /** A mapper with the library's value types registered. */
  public AftersalesJson() {
    SimpleModule values = new SimpleModule("aftersales-values");
    values.addSerializer(Money.class, new MoneySerializer());
    values.addDeserializer(Money.class, new MoneyDeserializer());
    identifier(values, PersonId.class, PersonId::of);
    identifier(values, RequestId.class, RequestId::of);
    identifier(values, SeriesId.class, SeriesId::of);
    identifier(values, EventId.class, EventId::of);
    values.addSerializer(Version.class, new JsonSerializer<>() {
      @Override
      public void serialize(Version v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeNumber(v.value());
      }
    });
    values.addDeserializer(Version.class, new JsonDeserializer<>() {
      @Override
      public Version deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return Version.of(p.getLongValue());
      }
    });
    values.addSerializer(DocumentNumber.class, new DocumentNumberSerializer());
    values.addDeserializer(DocumentNumber.class, new DocumentNumberDeserializer());
    values.addSerializer(PenaltyAccount.class, new AccountSerializer());
    values.addDeserializer(PenaltyAccount.class, new AccountDeserializer());
    mapper = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .registerModule(values)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        // Records may have derived accessors (getX/isX) besides their components.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * A ledger's content as JSON; its person, currency and version are columns of their own.
   *
   * @param ledger the ledger
   * @return the JSON text
   */
  public String ledgerContent(PersonPenaltyLedger ledger) {
    return write(new LedgerContent(ledger.postings(), ledger.reversals(), ledger.months(),
        ledger.account()));
  }

  /**
   * Rebuilds a stored ledger.
   *
   * @param person the person column
   * @param currency the currency column
   * @param version the version column
   * @param json the content column
   * @return the ledger as stored
   */
  public PersonPenaltyLedger ledger(PersonId person, Currency currency, Version version,
      String json) {
    LedgerContent c = read(json, LedgerContent.class);
    return PersonPenaltyLedger.builder().person(person).currency(currency).version(version)
        .addAllPostings(c.postings()).addAllReversals(c.reversals()).addAllMonths(c.months()).account(c.account())
        .build();
  }

  /**
   * An event as JSON; its type is stored beside it ({@link #event}).
   *
   * @param event the event
   * @return the JSON text
   */
  public String write(Object event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + event.getClass().getName(), e);
    }
  }

  /**
   * Reads an event stored with its class name.
   *
   * @param type the event's class name
   * @param json the JSON text
   * @return the event
   */
  public DomainEvent event(String type, String json) {
    try {
      return read(json, Class.forName(type).asSubclass(DomainEvent.class));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unknown event type " + type, e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a stored " + type.getName(), e);
    }
  }

  /** What the ledger's JSON column holds. */
  record LedgerContent(List<PenaltyLedgerPosting> postings, List<PenaltyLedgerReversal> reversals,
      List<PenaltyLedgerMonth> months, PenaltyAccount account) {}

  private static <T extends Identifier<T>> void identifier(SimpleModule module, Class<T> type,
      Function<String, T> of) {
    module.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T id, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(id.value());
      }
    });
    module.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return of.apply(p.getValueAsString());
      }
    });
  }

  private static final class MoneySerializer extends JsonSerializer<Money> {
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
      JsonNode n = p.readValueAsTree();
      return Money.of(new BigDecimal(n.get("amount").asText()),
          Currency.getInstance(n.get("currency").asText()));
    }
  }

  private static final class DocumentNumberSerializer extends JsonSerializer<DocumentNumber> {
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
      JsonNode n = p.readValueAsTree();
      return DocumentNumber.of(SeriesId.of(n.get("series").asText()), n.get("text").asText(),
          n.get("periodKey").asText(), LocalDate.parse(n.get("periodStart").asText()),
          n.get("serial").asLong());
    }
  }

  private static final class AccountSerializer extends JsonSerializer<PenaltyAccount> {
    @Override
    public void serialize(PenaltyAccount a, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeStartObject();
      g.writeObjectField("person", a.person());
      g.writeObjectField("currency", a.currency());
      g.writeObjectField("openItems", a.openItems());
      g.writeObjectField("totalAssessed", a.totalAssessed());
      g.writeObjectField("totalDeducted", a.totalDeducted());
      g.writeObjectField("totalWrittenOff", a.totalWrittenOff());
      if (a.lastSettled().isPresent()) {
        g.writeStringField("lastSettled", a.lastSettled().get().toString());
      }
      g.writeBooleanField("closed", a.closed());
      g.writeEndObject();
    }
  }

  private static final class AccountDeserializer extends JsonDeserializer<PenaltyAccount> {
    @Override
    public PenaltyAccount deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode n = p.readValueAsTree();
      PenaltyAccount.Builder b = PenaltyAccount.builder();
      b.person(PersonId.of(n.get("person").asText()))
          .currency(Currency.getInstance(n.get("currency").asText()))
          .addAllOpenItems(p.getCodec().<List<OpenItem>>readValue(n.get("openItems").traverse(
              p.getCodec()), new TypeReference<List<OpenItem>>() {}))
          .totalAssessed(p.getCodec().treeToValue(n.get("totalAssessed"), Money.class))
          .totalDeducted(p.getCodec().treeToValue(n.get("totalDeducted"), Money.class))
          .totalWrittenOff(p.getCodec().treeToValue(n.get("totalWrittenOff"), Money.class))
          .closed(n.get("closed").asBoolean());
      if (n.hasNonNull("lastSettled")) {
        b.lastSettled(YearMonth.parse(n.get("lastSettled").asText()));
      }
      return b.build();
    }
  }
}
