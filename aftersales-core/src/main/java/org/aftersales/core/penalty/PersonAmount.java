package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.util.Currency;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;

/**
 * An amount for one person (个人罚扣金额), exact in the currency's minor unit.
 *
 * <p>Kept as a whole number of minor units where it fits in a {@code long} (every realistic
 * amount), so that an allocation over many people creates one small object per person;
 * {@link #amount()} gives the {@link Money}. Two instances are equal if person and amount are
 * equal. Immutable and thread-safe.
 */
public final class PersonAmount {

  private final PersonId person;
  private final Currency currency;
  private final long minorUnits;
  /** The amount when it does not fit in {@code minorUnits}; otherwise {@code null}. */
  private final Money large;

  private PersonAmount(PersonId person, Currency currency, long minorUnits, Money large) {
    this.person = person;
    this.currency = currency;
    this.minorUnits = minorUnits;
    this.large = large;
  }

  /**
   * An amount for a person.
   *
   * @param person the person
   * @param amount the amount
   */
  public PersonAmount(PersonId person, Money amount) {
    this(requireNonNull(person, "person"), requireNonNull(amount, "amount").currency(),
        fitsInLong(amount) ? amount.minorUnits() : 0, fitsInLong(amount) ? null : amount);
  }

  private static boolean fitsInLong(Money amount) {
    return amount.minorUnitsExact().bitLength() < 64;
  }

  /**
   * An amount given in minor units (分 for CNY).
   *
   * @param person the person
   * @param minorUnits the amount in minor units
   * @param currency the currency; must have a minor unit
   * @return the amount
   */
  public static PersonAmount ofMinorUnits(PersonId person, long minorUnits, Currency currency) {
    Money.zero(requireNonNull(currency, "currency")); // refuses a currency without a minor unit
    return new PersonAmount(requireNonNull(person, "person"), currency, minorUnits, null);
  }

  /**
   * The person.
   *
   * @return the person
   */
  public PersonId person() {
    return person;
  }

  /**
   * The amount.
   *
   * @return the amount, exact
   */
  public Money amount() {
    return large != null ? large : Money.ofMinor(minorUnits, currency);
  }

  /**
   * Equal if person and amount are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PersonAmount)) {
      return false;
    }
    PersonAmount that = (PersonAmount) o;
    return person.equals(that.person) && currency.equals(that.currency)
        && minorUnits == that.minorUnits
        && (large == null ? that.large == null : large.equals(that.large));
  }

  @Override
  public int hashCode() {
    return person.hashCode() * 31 + amount().hashCode();
  }

  /**
   * E.g. {@code PersonAmount[person=P-1001, amount=CNY 12.30]}.
   *
   * @return the person and the amount
   */
  @Override
  public String toString() {
    return "PersonAmount[person=" + person + ", amount=" + amount() + "]";
  }
}
