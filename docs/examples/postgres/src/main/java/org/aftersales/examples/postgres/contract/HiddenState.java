package org.aftersales.examples.postgres.contract;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertySale;

/**
 * The state two of the library's values keep without a public accessor, read so that their
 * documents are complete: a {@link PropertySale}'s terms, completion acceptance and delivery, a
 * {@link BackupObligation}'s zone. A stopgap until core exposes them ({@code
 * PropertySale.terms()}, {@code completionAcceptance()}, {@code delivery()} and {@code
 * BackupObligation.zone()}); then this class goes. Only written state is read this way: reading a
 * document back builds the value through its public factory and change methods, which check it
 * again. Works with the library on the class path (its module does not open the package).
 */
final class HiddenState {

  private static final Field SALE_TERMS = field(PropertySale.class, "terms");
  private static final Field SALE_ACCEPTANCE = field(PropertySale.class, "completionAcceptance");
  private static final Field SALE_DELIVERY = field(PropertySale.class, "delivery");
  private static final Field OBLIGATION_ZONE = field(BackupObligation.class, "zone");

  private HiddenState() {}

  static PropertyAfterSalesTerms terms(PropertySale sale) {
    return (PropertyAfterSalesTerms) get(SALE_TERMS, sale);
  }

  /** The completion acceptance, {@code null} before it. */
  static LocalDate completionAcceptance(PropertySale sale) {
    return (LocalDate) get(SALE_ACCEPTANCE, sale);
  }

  /** The delivery, {@code null} before it. */
  static LocalDate delivery(PropertySale sale) {
    return (LocalDate) get(SALE_DELIVERY, sale);
  }

  static ZoneId zone(BackupObligation obligation) {
    return (ZoneId) get(OBLIGATION_ZONE, obligation);
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("this library version has no readable " + owner.getName()
          + "." + name + "; use its public accessor instead", e);
    }
  }

  private static Object get(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }
}
