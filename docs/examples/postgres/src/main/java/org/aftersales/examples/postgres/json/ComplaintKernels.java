package org.aftersales.examples.postgres.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintQuantities;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.ProofDocument;
import org.aftersales.core.complaint.ReceivableHold;
import org.aftersales.core.complaint.RemedyKind;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.Pause;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;

/**
 * The hand-written value classes inside the aggregates (投诉单的内核, 时限值), which have no
 * builder: they are written from their public accessors and read back through their factories
 * and by replaying their own domain verbs on the factory's result, so every check the domain makes
 * runs again.
 * <ul>
 *   <li>{@code RoutingLedger}: {@code accepted(route, market, acceptedAt)}, then per entry
 *       {@code handOver}, {@code complete} or {@code returnTo};</li>
 *   <li>{@code ComplaintQuantities}: {@code undetermined}, {@code withClaimed}, {@code decide}
 *       (with an outcome of the stored quantities), {@code issueSlip}, {@code receive},
 *       {@code book};</li>
 *   <li>{@code RemedyLine}: its kind's factory, {@code withDocument}, {@code withProof};</li>
 *   <li>{@code ResponsibilityLine} and {@code ReceivableHold}: {@code of}, then
 *       {@code release};</li>
 *   <li>{@code Budget}: the factory of its unit ({@code workingTime}, {@code elapsed},
 *       {@code workingDays}, {@code calendarDays}); {@code Pause}: {@code between} or
 *       {@code openSince}.</li>
 * </ul>
 */
final class ComplaintKernels {

  private ComplaintKernels() {}

  static JsonSerializer<?> serializer(Class<?> c) {
    if (c == RoutingLedger.class) {
      return new Writer<RoutingLedger>(ComplaintKernels::writeRouting);
    }
    if (c == ComplaintQuantities.class) {
      return new Writer<ComplaintQuantities>(ComplaintKernels::writeQuantities);
    }
    if (c == RemedyLine.class) {
      return new Writer<RemedyLine>(ComplaintKernels::writeRemedy);
    }
    if (c == ResponsibilityLine.class) {
      return new Writer<ResponsibilityLine>(ComplaintKernels::writeResponsibility);
    }
    if (c == ReceivableHold.class) {
      return new Writer<ReceivableHold>(ComplaintKernels::writeHold);
    }
    if (c == Budget.class) {
      return new Writer<Budget>(ComplaintKernels::writeBudget);
    }
    if (c == Pause.class) {
      return new Writer<Pause>(ComplaintKernels::writePause);
    }
    return null;
  }

  static JsonDeserializer<?> deserializer(Class<?> c) {
    if (c == RoutingLedger.class) {
      return new Reader(c, ComplaintKernels::readRouting);
    }
    if (c == ComplaintQuantities.class) {
      return new Reader(c, ComplaintKernels::readQuantities);
    }
    if (c == RemedyLine.class) {
      return new Reader(c, ComplaintKernels::readRemedy);
    }
    if (c == ResponsibilityLine.class) {
      return new Reader(c, ComplaintKernels::readResponsibility);
    }
    if (c == ReceivableHold.class) {
      return new Reader(c, ComplaintKernels::readHold);
    }
    if (c == Budget.class) {
      return new Reader(c, ComplaintKernels::readBudget);
    }
    if (c == Pause.class) {
      return new Reader(c, ComplaintKernels::readPause);
    }
    return null;
  }

  // ------------------------------------------------------------------------------ routing

  private static void writeRouting(RoutingLedger r, JsonGenerator g, SerializerProvider p)
      throws IOException {
    list(g, p, "route", r.route(), Milestone.class);
    p.defaultSerializeField("market", r.market(), g);
    p.defaultSerializeField("acceptedAt", r.acceptedAt(), g);
    g.writeArrayFieldStart("entries");
    for (RoutingEntry e : r.entries()) {
      g.writeStartObject();
      p.defaultSerializeField("step", e.step(), g);
      p.defaultSerializeField("handedOverAt", e.handedOverAt(), g);
      g.writeStringField("ending", e.ending().name());
      if (e.endedAt().isPresent()) {
        p.defaultSerializeField("endedAt", e.endedAt().get(), g);
      }
      if (e.returnReason().isPresent()) {
        g.writeStringField("returnReason", e.returnReason().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static RoutingLedger readRouting(Tree t) throws IOException {
    RoutingLedger r = RoutingLedger.accepted(t.read("route", new TypeReference<List<Milestone>>() {}),
        t.read("market", ServiceZone.class), t.read("acceptedAt", Instant.class));
    List<Tree> entries = t.list("entries");
    RoutingEntry.Ending previous = RoutingEntry.Ending.COMPLETED;
    for (int i = 0; i < entries.size(); i++) {
      Tree e = entries.get(i);
      Milestone step = e.read("step", Milestone.class);
      if (previous == RoutingEntry.Ending.COMPLETED) {
        r = r.handOver(step, e.read("handedOverAt", Instant.class));
      }
      previous = RoutingEntry.Ending.valueOf(e.text("ending"));
      if (previous == RoutingEntry.Ending.COMPLETED) {
        r = r.complete(e.read("endedAt", Instant.class));
      } else if (previous == RoutingEntry.Ending.RETURNED) {
        // returnTo ends this entry and opens the next one, the step returned to.
        if (i + 1 == entries.size()) {
          throw t.fault("a returned routing entry must be followed by the step returned to");
        }
        r = r.returnTo(entries.get(i + 1).read("step", Milestone.class),
            e.read("endedAt", Instant.class), e.text("returnReason"));
      }
    }
    return r;
  }

  // ---------------------------------------------------------------------------- quantities

  private static void writeQuantities(ComplaintQuantities q, JsonGenerator g,
      SerializerProvider p) throws IOException {
    g.writeNumberField("delivered", q.delivered());
    if (q.claimed().isPresent()) {
      g.writeNumberField("claimed", q.claimed().getAsLong());
    }
    p.defaultSerializeField("ratio", q.ratio(), g);
    g.writeBooleanField("decided", q.isDecided());
    g.writeNumberField("allowance", q.allowance());
    g.writeNumberField("returned", q.returned());
    g.writeNumberField("reprocessing", q.reprocessing());
    g.writeNumberField("replacement", q.replacement());
    list(g, p, "slips", q.slips(), ComplaintQuantities.Slip.class);
    list(g, p, "receptions", q.receptions(), ComplaintQuantities.Reception.class);
    if (q.booked().isPresent()) {
      g.writeNumberField("booked", q.booked().getAsLong());
    }
    if (q.bookingReason().isPresent()) {
      g.writeStringField("bookingReason", q.bookingReason().get());
    }
  }

  private static ComplaintQuantities readQuantities(Tree t) throws IOException {
    ComplaintQuantities q = ComplaintQuantities.undetermined(t.number("delivered"),
        t.read("ratio", OverAcceptanceRatio.class));
    if (t.has("claimed")) {
      q = q.withClaimed(t.number("claimed"));
    }
    if (t.bool("decided")) {
      // The stored quantities are what decide() keeps of an outcome: an outcome with one line
      // per kind gives them back (allowance and compensation are kept as one sum).
      List<RemedyLine> lines = new ArrayList<>();
      Money token = Money.of(BigDecimal.ONE, Currency.getInstance("CNY"));
      if (t.number("allowance") > 0) {
        lines.add(RemedyLine.allowance(t.number("allowance"), token));
      }
      if (t.number("returned") > 0) {
        lines.add(RemedyLine.returnOf(t.number("returned")));
      }
      if (t.number("reprocessing") > 0) {
        lines.add(RemedyLine.reprocessing(t.number("reprocessing")));
      }
      if (t.number("replacement") > 0) {
        lines.add(RemedyLine.replacement(t.number("replacement")));
      }
      q = q.decide(lines.isEmpty() ? ComplaintOutcome.notValid()
          : ComplaintOutcome.remedy(lines.toArray(RemedyLine[]::new)));
    }
    for (ComplaintQuantities.Slip s : t.read("slips",
        new TypeReference<List<ComplaintQuantities.Slip>>() {})) {
      q = q.issueSlip(s.number(), s.quantity());
    }
    for (ComplaintQuantities.Reception r : t.read("receptions",
        new TypeReference<List<ComplaintQuantities.Reception>>() {})) {
      q = q.receive(r.slipNumber(), r.quantity());
    }
    if (t.has("booked")) {
      q = t.has("bookingReason") ? q.book(t.text("bookingReason")) : q.book();
      if (q.booked().getAsLong() != t.number("booked")) {
        throw t.fault("booked " + t.number("booked") + " but received "
            + q.booked().getAsLong());
      }
    }
    return q;
  }

  // -------------------------------------------------------------------------- remedy lines

  private static void writeRemedy(RemedyLine l, JsonGenerator g, SerializerProvider p)
      throws IOException {
    g.writeStringField("kind", l.kind().name());
    g.writeNumberField("quantity", l.quantity());
    if (l.amount().isPresent()) {
      p.defaultSerializeField("amount", l.amount().get(), g);
    }
    list(g, p, "documents", l.documents(), String.class);
    if (l.proof().isPresent()) {
      g.writeStringField("proof", l.proof().get().name());
    }
  }

  private static RemedyLine readRemedy(Tree t) throws IOException {
    RemedyKind kind = RemedyKind.valueOf(t.text("kind"));
    long quantity = t.number("quantity");
    RemedyLine l = switch (kind) {
      case ALLOWANCE -> RemedyLine.allowance(quantity, t.read("amount", Money.class));
      case COMPENSATION -> RemedyLine.compensation(quantity, t.read("amount", Money.class));
      case RETURN -> RemedyLine.returnOf(quantity);
      case REPROCESSING -> RemedyLine.reprocessing(quantity);
      case REPLACEMENT -> RemedyLine.replacement(quantity);
    };
    for (String document : t.read("documents", new TypeReference<List<String>>() {})) {
      l = l.withDocument(document);
    }
    if (t.has("proof")) {
      l = l.withProof(ProofDocument.valueOf(t.text("proof")));
    }
    return l;
  }

  // ------------------------------------------------------------------ responsibility, holds

  private static void writeResponsibility(ResponsibilityLine l, JsonGenerator g,
      SerializerProvider p) throws IOException {
    p.defaultSerializeField("department", l.department(), g);
    if (l.person().isPresent()) {
      p.defaultSerializeField("person", l.person().get(), g);
    }
    p.defaultSerializeField("ratio", l.ratio(), g);
  }

  private static ResponsibilityLine readResponsibility(Tree t) throws IOException {
    UnitId department = t.read("department", UnitId.class);
    BigDecimal ratio = t.read("ratio", BigDecimal.class);
    return t.has("person")
        ? ResponsibilityLine.of(department, t.read("person", PersonId.class), ratio)
        : ResponsibilityLine.of(department, ratio);
  }

  private static void writeHold(ReceivableHold h, JsonGenerator g, SerializerProvider p)
      throws IOException {
    g.writeStringField("orderNumber", h.orderNumber());
    g.writeStringField("partNumber", h.partNumber());
    p.defaultSerializeField("amount", h.amount(), g);
    if (h.releasedAt().isPresent()) {
      p.defaultSerializeField("releasedAt", h.releasedAt().get(), g);
    }
  }

  private static ReceivableHold readHold(Tree t) throws IOException {
    ReceivableHold h = ReceivableHold.of(t.text("orderNumber"), t.text("partNumber"),
        t.read("amount", Money.class));
    return t.has("releasedAt") ? h.release(t.read("releasedAt", Instant.class)) : h;
  }

  // ------------------------------------------------------------------- service-level values

  private static void writeBudget(Budget b, JsonGenerator g, SerializerProvider p)
      throws IOException {
    g.writeStringField("unit", b.unit().name());
    if (b.duration().isPresent()) {
      p.defaultSerializeField("duration", b.duration().get(), g);
    }
    if (b.days().isPresent()) {
      p.defaultSerializeField("days", b.days().get(), g);
    }
  }

  private static Budget readBudget(Tree t) throws IOException {
    return switch (Budget.Unit.valueOf(t.text("unit"))) {
      case WORKING_TIME -> Budget.workingTime(t.read("duration", Duration.class));
      case ELAPSED_TIME -> Budget.elapsed(t.read("duration", Duration.class));
      case WORKING_DAYS -> Budget.workingDays(t.read("days", BigDecimal.class));
      case CALENDAR_DAYS -> Budget.calendarDays(t.read("days", BigDecimal.class));
    };
  }

  private static void writePause(Pause pause, JsonGenerator g, SerializerProvider p)
      throws IOException {
    p.defaultSerializeField("start", pause.start(), g);
    if (pause.end().isPresent()) {
      p.defaultSerializeField("end", pause.end().get(), g);
    }
  }

  private static Pause readPause(Tree t) throws IOException {
    Instant start = t.read("start", Instant.class);
    return t.has("end") ? Pause.between(start, t.read("end", Instant.class))
        : Pause.openSince(start);
  }

  // ------------------------------------------------------------------------------ plumbing

  /** A list field written with its declared element type (no type tags on the elements). */
  private static void list(JsonGenerator g, SerializerProvider p, String name, List<?> values,
      Class<?> element) throws IOException {
    g.writeFieldName(name);
    p.findTypedValueSerializer(p.getTypeFactory().constructCollectionType(List.class, element),
        true, null).serialize(values, g, p);
  }

  @FunctionalInterface
  private interface Write<T> {
    void write(T value, JsonGenerator g, SerializerProvider p) throws IOException;
  }

  @FunctionalInterface
  private interface Read {
    Object read(Tree tree) throws IOException;
  }

  private static final class Writer<T> extends JsonSerializer<T> {
    private final Write<T> write;

    Writer(Write<T> write) {
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject(value);
      write.write(value, g, p);
      g.writeEndObject();
    }
  }

  private static final class Reader extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final Read read;
    // Resolved once per reader (cached per mapper): see BuiltValues.
    private final Map<JavaType, JsonDeserializer<Object>> deserializers =
        new ConcurrentHashMap<>();

    @Override
    public boolean isCachable() {
      return true;
    }

    Reader(Class<?> type, Read read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonNode node = c.readTree(p);
      if (!node.isObject()) {
        throw JsonMappingException.from(p, "a " + type.getSimpleName()
            + " is stored as an object, not " + node);
      }
      try {
        return read.read(new Tree(node, p, c, type, deserializers));
      } catch (JsonMappingException e) {
        throw e;
      } catch (RuntimeException e) {
        // The domain refused the replay, or a name is not one of the enum's.
        throw JsonMappingException.from(p, "not a valid " + type.getSimpleName() + ": "
            + e.getMessage(), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** An object node being read, with errors that name the field. */
  private record Tree(JsonNode node, JsonParser p, DeserializationContext c, Class<?> type,
      Map<JavaType, JsonDeserializer<Object>> deserializers) {

    private Object value(JsonNode v, JavaType valueType) throws IOException {
      JsonDeserializer<Object> d = deserializers.get(valueType);
      if (d == null) {
        d = c.findRootValueDeserializer(valueType);
        deserializers.put(valueType, d);
      }
      try (JsonParser tp = v.traverse(p.getCodec())) {
        tp.nextToken();
        return d.deserialize(tp, c);
      }
    }


    boolean has(String field) {
      return node.hasNonNull(field);
    }

    JsonNode required(String field) throws JsonMappingException {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        throw JsonMappingException.wrapWithPath(JsonMappingException.from(p,
            type.getSimpleName() + " needs " + field), type, field);
      }
      return v;
    }

    <T> T read(String field, Class<T> valueType) throws IOException {
      try {
        return valueType.cast(value(required(field), c.constructType(valueType)));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, type, field);
      }
    }

    <T> T read(String field, TypeReference<T> valueType) throws IOException {
      try {
        @SuppressWarnings("unchecked")
        T value = (T) value(required(field), c.getTypeFactory().constructType(valueType));
        return value;
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, type, field);
      }
    }

    List<Tree> list(String field) throws JsonMappingException {
      JsonNode array = required(field);
      if (!array.isArray()) {
        throw JsonMappingException.wrapWithPath(JsonMappingException.from(p,
            field + " must be an array"), type, field);
      }
      List<Tree> out = new ArrayList<>();
      for (JsonNode e : array) {
        out.add(new Tree(e, p, c, type, deserializers));
      }
      return out;
    }

    String text(String field) throws JsonMappingException {
      JsonNode v = required(field);
      if (!v.isTextual()) {
        throw JsonMappingException.wrapWithPath(JsonMappingException.from(p,
            field + " must be text"), type, field);
      }
      return v.asText();
    }

    long number(String field) throws JsonMappingException {
      JsonNode v = required(field);
      if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
        throw JsonMappingException.wrapWithPath(JsonMappingException.from(p,
            field + " must be a whole number"), type, field);
      }
      return v.asLong();
    }

    boolean bool(String field) throws JsonMappingException {
      JsonNode v = required(field);
      if (!v.isBoolean()) {
        throw JsonMappingException.wrapWithPath(JsonMappingException.from(p,
            field + " must be true or false"), type, field);
      }
      return v.asBoolean();
    }

    JsonMappingException fault(String message) {
      return JsonMappingException.from(p, type.getSimpleName() + ": " + message);
    }
  }
}
