package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.Version;

/**
 * A property sale under after-sales care (商品房买卖 / 购房合同, CON-09, P1 and P9): the payment
 * method and schedule of the sales contract, and, once they happen, the completion acceptance
 * (竣工验收) and the delivery (交付). It lists its {@link PropertyReminder}s: a payment reminder
 * (instalments, lump sum) or a mortgage follow-up with the bank on each scheduled date, the
 * move-in notice (入伙通知) after completion acceptance, and the title documents (产权证) within
 * three months after delivery. Dates are calendar days in the business zone. Immutable and
 * thread-safe; every change returns a new value.
 */
public final class PropertySale {

  /** The rule this value serves. */
  public static final RuleId RULE = RuleId.of("CON-09");

  private static final Comparator<PropertyReminder> ORDER =
      Comparator.comparing(PropertyReminder::due).thenComparing(PropertyReminder::key);

  private final ContractId contract;
  private final PropertyPaymentMethod method;
  private final List<LocalDate> dueDates;
  private final PropertyAfterSalesTerms terms;
  /** The completion acceptance; {@code null} until it happened. */
  private final LocalDate completionAcceptance;
  /** The delivery; {@code null} until it happened. */
  private final LocalDate delivery;
  /** The stored version; {@link Version#initial()} for a sale never stored. */
  private final Version version;

  private PropertySale(ContractId contract, PropertyPaymentMethod method,
      List<LocalDate> dueDates, PropertyAfterSalesTerms terms, LocalDate completionAcceptance,
      LocalDate delivery, Version version) {
    this.contract = contract;
    this.method = method;
    this.dueDates = dueDates;
    this.terms = terms;
    this.completionAcceptance = completionAcceptance;
    this.delivery = delivery;
    this.version = version;
  }

  /**
   * A sale with its payment schedule, before completion acceptance and delivery.
   *
   * @param contract the sales contract
   * @param method how the buyer pays
   * @param dueDates the schedule's dates, strictly increasing: each instalment's due date, the
   *     lump sum's one due date, or the dates to follow the mortgage up with the bank
   * @param terms the offsets; {@link PropertyAfterSalesTerms#seed()} for the seed's
   * @return the sale
   * @throws InvalidInputException if there is no date, a lump sum has more than one, the dates
   *     are not strictly increasing, or one is outside the supported range
   */
  public static PropertySale of(ContractId contract, PropertyPaymentMethod method,
      List<LocalDate> dueDates, PropertyAfterSalesTerms terms) {
    requireNonNull(contract, "contract");
    requireNonNull(method, "method");
    requireNonNull(terms, "terms");
    List<LocalDate> dates = List.copyOf(dueDates);
    if (dates.isEmpty()) {
      throw InvalidInputException.of("dueDates",
          MessageBundle.CORE.message("core.property.noDueDates", "method", method));
    }
    if (method == PropertyPaymentMethod.LUMP_SUM && dates.size() != 1) {
      throw InvalidInputException.of("dueDates", MessageBundle.CORE.message(
          "core.property.lumpSumOneDate", "count", dates.size()), dates);
    }
    for (int i = 0; i < dates.size(); i++) {
      SupportedTime.require(dates.get(i), "dueDates[" + i + "]");
      if (i > 0 && !dates.get(i).isAfter(dates.get(i - 1))) {
        throw InvalidInputException.of("dueDates",
            MessageBundle.CORE.message("core.property.dueDatesOrder"), dates);
      }
    }
    return new PropertySale(contract, method, dates, terms, null, null, Version.initial());
  }

  /**
   * The sales contract.
   *
   * @return the contract
   */
  public ContractId contract() {
    return contract;
  }

  /**
   * How the buyer pays.
   *
   * @return the method
   */
  public PropertyPaymentMethod method() {
    return method;
  }

  /**
   * The schedule's dates.
   *
   * @return the dates, strictly increasing; unmodifiable
   */
  public List<LocalDate> dueDates() {
    return dueDates;
  }

  /**
   * The after-sales terms the reminders follow (leads, the title documents' limit).
   *
   * @return the terms
   */
  public PropertyAfterSalesTerms terms() {
    return terms;
  }

  /**
   * The day of the completion acceptance (竣工验收), a local date in the business zone.
   *
   * @return the day, or empty until it happened
   */
  public Optional<LocalDate> completionAcceptance() {
    return Optional.ofNullable(completionAcceptance);
  }

  /**
   * The day of the delivery (交付), a local date in the business zone.
   *
   * @return the day, or empty until it happened
   */
  public Optional<LocalDate> delivery() {
    return Optional.ofNullable(delivery);
  }

  /**
   * This sale with the completion acceptance recorded (or corrected).
   *
   * @param date the day of completion acceptance
   * @return the new sale
   * @throws InvalidInputException if the day or the move-in notice's due day is outside the
   *     supported range
   */
  public PropertySale completionAccepted(LocalDate date) {
    plus(date, terms.moveInNoticeWithin(), "completionAcceptance");
    return new PropertySale(contract, method, dueDates, terms, date, delivery, version);
  }

  /**
   * This sale with the delivery recorded (or corrected).
   *
   * @param date the day of delivery
   * @return the new sale
   * @throws InvalidInputException if the day or the title documents' due day is outside the
   *     supported range
   */
  public PropertySale delivered(LocalDate date) {
    plus(date, terms.titleDocumentsWithin(), "delivery");
    return new PropertySale(contract, method, dueDates, terms, completionAcceptance, date,
        version);
  }

  /**
   * Every reminder of the sale, in due-date order (then by key).
   *
   * @return the reminders; unmodifiable
   */
  public List<PropertyReminder> reminders() {
    List<PropertyReminder> reminders = new ArrayList<>();
    PropertyReminderKind paymentKind = method == PropertyPaymentMethod.MORTGAGE
        ? PropertyReminderKind.MORTGAGE_FOLLOW_UP : PropertyReminderKind.PAYMENT_DUE;
    for (int i = 0; i < dueDates.size(); i++) {
      reminders.add(reminder(paymentKind, dueDates.get(i), i + 1));
    }
    if (completionAcceptance != null) {
      reminders.add(reminder(PropertyReminderKind.MOVE_IN_NOTICE,
          completionAcceptance.plus(terms.moveInNoticeWithin()), 1));
    }
    if (delivery != null) {
      reminders.add(reminder(PropertyReminderKind.TITLE_DOCUMENTS,
          delivery.plus(terms.titleDocumentsWithin()), 1));
    }
    reminders.sort(ORDER);
    return List.copyOf(reminders);
  }

  /**
   * The reminders due in the window {@code [from, to)}, in due-date order (then by key). Any
   * split of a period into adjacent windows lists every reminder of the period exactly once.
   *
   * @param from the first day of the window, inclusive
   * @param to the day after the window, exclusive; not before {@code from}
   * @return the reminders; unmodifiable
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public List<PropertyReminder> reminders(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to",
          MessageBundle.CORE.message("core.property.windowOrder", "from", from), to);
    }
    return reminders().stream()
        .filter(r -> !r.due().isBefore(from) && r.due().isBefore(to))
        .toList();
  }

  private PropertyReminder reminder(PropertyReminderKind kind, LocalDate due, int occurrence) {
    return new PropertyReminder(kind, due,
        contract.value() + "/" + RULE + "/" + kind.code() + "/" + occurrence);
  }

  private static void plus(LocalDate date, Period period, String what) {
    SupportedTime.require(date, what);
    if (!SupportedTime.contains(date.plus(period))) {
      throw SupportedTime.resultOutside(what, date);
    }
  }

  /**
   * The stored version: {@link Version#initial()} for a sale never stored. Transitions keep it;
   * the {@link PropertySales} repository stores the next.
   *
   * @return the version
   */
  public Version version() {
    return version;
  }

  /**
   * The same sale with the version the repository stored it as; for adapters.
   *
   * @param storedVersion the stored version
   * @return the sale with that version
   */
  public PropertySale withVersion(Version storedVersion) {
    return new PropertySale(contract, method, dueDates, terms, completionAcceptance, delivery,
        requireNonNull(storedVersion, "storedVersion"));
  }

  /** Equal when every part is equal, the version included. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PropertySale that && contract.equals(that.contract)
        && method == that.method && dueDates.equals(that.dueDates) && terms.equals(that.terms)
        && Objects.equals(completionAcceptance, that.completionAcceptance)
        && Objects.equals(delivery, that.delivery) && version.equals(that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, contract, method, dueDates, terms, completionAcceptance,
        delivery);
  }

  /** The contract, method and dates, for logs. */
  @Override
  public String toString() {
    return "PropertySale[" + contract + ", " + method + " " + dueDates + ", accepted "
        + completionAcceptance + ", delivered " + delivery + "]";
  }
}
