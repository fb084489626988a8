package org.aftersales.examples.postgres.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Type tags for the library's polymorphic fields: a value whose declared type is an interface or
 * abstract class of the library ({@code org.aftersales.}) — a sealed interface such as
 * {@code ResponsibleParty}, {@code DomainEvent} — is written with {@code "@type"}, its class name.
 * Immutables aggregates are abstract but not polymorphic (their builder makes the one
 * implementation) and the abstract bases of the value classes never appear as declared types, so
 * neither is tagged. A value declared as {@code Object} (a notice's plain parameters) is tagged
 * with its class too, unless JSON tells it already (text, a boolean, an int), as
 * {@code ["java.time.Instant", "2026-11-02T01:00:00Z"]}. Only subtypes of the library's own types
 * and those plain classes are accepted when reading.
 */
final class LibraryTyping extends ObjectMapper.DefaultTypeResolverBuilder {

  private static final long serialVersionUID = 1L;

  private static final String LIBRARY = "org.aftersales.";

  LibraryTyping() {
    super(ObjectMapper.DefaultTyping.NON_FINAL,
        BasicPolymorphicTypeValidator.builder().allowIfBaseType(LIBRARY)
            .allowIfSubType(String.class).allowIfSubType(Boolean.class)
            .allowIfSubType(Long.class).allowIfSubType(Integer.class)
            .allowIfSubType(BigDecimal.class).allowIfSubType(Instant.class)
            .allowIfSubType(LocalDate.class).build());
    init(JsonTypeInfo.Id.CLASS, null);
    inclusion(JsonTypeInfo.As.PROPERTY);
    typeProperty("@type");
  }

  @Override
  public boolean useForType(JavaType t) {
    while (t.isArrayType() || t.isReferenceType()) {
      t = t.isArrayType() ? t.getContentType() : t.getReferencedType();
    }
    Class<?> raw = t.getRawClass();
    if (raw == Object.class) {
      // A plain value declared as Object (a notice's parameters): tagged unless JSON itself
      // tells its type (text, true/false, an int).
      return true;
    }
    return raw.getName().startsWith(LIBRARY)
        && (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()))
        && !t.isContainerType()
        && ValueTypes.builderType(raw) == null
        && !ValueTypes.isValueBase(raw);
  }
}
