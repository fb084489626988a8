package org.aftersales.rules.penalty;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.shared.Money;

/** Values shared by the deduction and fine tests. */
final class DeductionFixtures {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency KWD = Currency.getInstance("KWD");
  static final Currency USD = Currency.getInstance("USD");

  static final PersonId WANG = PersonId.of("P-1001");
  static final PersonId LI = PersonId.of("P-2002");

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);
  static final YearMonth APR = YearMonth.of(2026, 4);
  static final YearMonth MAY = YearMonth.of(2026, 5);

  private DeductionFixtures() {}

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static Money money(String amount, Currency currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  static Assessment assessed(String caseId, String cny, YearMonth month) {
    return new Assessment(caseId, WANG, cny(cny), month);
  }

  static PenaltyAccount wangsAccount() {
    return PenaltyAccount.open(WANG, CNY);
  }

  static CaseDeduction deducted(String caseId, String cny) {
    return new CaseDeduction(caseId, cny(cny));
  }

  static OpenItem open(String caseId, YearMonth month, String assessed, String deducted) {
    return new OpenItem(caseId, month, cny(assessed), cny(deducted));
  }

  static List<Assessment> none() {
    return List.of();
  }
}
