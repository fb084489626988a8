package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.aftersales.core.shared.Money;

/**
 * A responsible party's part of a case and how it is split among the people in it.
 *
 * @param party the party
 * @param amount the party's part, exact
 * @param members the split among its people (one entry for a person party), adding up exactly to
 *     {@code amount}
 */
public record PartyAmount(ResponsibleParty party, Money amount, List<PersonAmount> members) {
  /**
   * Checks and copies the fields.
   *
   * @param party the party
   * @param amount the party's part
   * @param members the split among its people
   */
  public PartyAmount {
    requireNonNull(party, "party");
    requireNonNull(amount, "amount");
    members = ImmutableList.copyOf(members);
  }
}
