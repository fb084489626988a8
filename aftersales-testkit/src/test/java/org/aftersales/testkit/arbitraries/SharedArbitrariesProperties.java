package org.aftersales.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

class SharedArbitrariesProperties {

  static final Currency CNY = Currency.getInstance("CNY");

  @Provide
  Arbitrary<Money> yuan() {
    return SharedArbitraries.money(CNY, -500, 500);
  }

  @Provide
  Arbitrary<Money> anyMoney() {
    return SharedArbitraries.currencies().flatMap(c -> SharedArbitraries.positiveMoney(c, 1_000_000));
  }

  @Provide
  Arbitrary<RequestId> requestIds() {
    return SharedArbitraries.requestIds();
  }

  @Property
  void money_stays_within_its_bounds_and_currency(@ForAll("yuan") Money m) {
    assertEquals(CNY, m.currency());
    assertTrue(m.minorUnits() >= -500 && m.minorUnits() <= 500);
  }

  @Property
  void positive_money_is_positive_with_the_currency_scale(@ForAll("anyMoney") Money m) {
    assertTrue(m.isPositive());
    assertEquals(m.currency().getDefaultFractionDigits(), m.amount().scale());
  }

  @Property
  void request_ids_are_valid_and_round_trip(@ForAll("requestIds") RequestId id) {
    assertEquals(id, RequestId.of(id.value()));
  }
}
