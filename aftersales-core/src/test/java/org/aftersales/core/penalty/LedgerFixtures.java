package org.aftersales.core.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/** Values and a small deduction policy for the ledger's core tests (no rules module here). */
final class LedgerFixtures {

  static final Currency CNY = Currency.getInstance("CNY");
  static final Instant AT = Instant.parse("2026-11-30T10:00:00.123456Z");
  static final YearMonth OCT = YearMonth.of(2026, 10);
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final YearMonth DEC = YearMonth.of(2026, 12);
  static final PersonId WANG = PersonId.of("E1001");
  static final PersonId LI = PersonId.of("E1002");
  static final PersonId HR = PersonId.of("hr-zhao");

  private LedgerFixtures() {}

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static PenaltyLedgerPosting posting(String caseId, YearMonth month, String amount) {
    return new PenaltyLedgerPosting(caseId, month, cny(amount), DeductionKind.COMPLAINT,
        RequestId.of("post-" + caseId), AT);
  }

  /**
   * A test policy written from PEN-08 for complaint items only: cap = half the bonus rounded down;
   * the items oldest first (open ones, then the new ones in the order given), each paid as far as
   * the cap allows.
   */
  static final class HalfTheBonus implements DeductionPolicy {
    @Override
    public String algorithmVersion() {
      return "test-half/1";
    }

    @Override
    public Settlement settleMonth(PenaltyAccount account, YearMonth month, Money bonus,
        List<Assessment> assessments) {
      Money zero = Money.zero(account.currency());
      Money cap = bonus.dividedBy(2, RoundingMode.DOWN);
      List<OpenItem> items = new ArrayList<>(account.openItems());
      Money assessed = zero;
      for (Assessment a : assessments) {
        items.add(new OpenItem(a.caseId(), a.month(), a.amount(), zero, a.kind()));
        assessed = assessed.plus(a.amount());
      }
      Money left = cap;
      Money deducted = zero;
      List<CaseDeduction> deductions = new ArrayList<>();
      List<OpenItem> remaining = new ArrayList<>();
      for (OpenItem item : items) {
        Money take = item.outstanding().min(left);
        if (take.isPositive()) {
          deductions.add(new CaseDeduction(item.caseId(), take, item.kind()));
          left = left.minus(take);
          deducted = deducted.plus(take);
        }
        if (item.outstanding().isGreaterThan(take)) {
          remaining.add(new OpenItem(item.caseId(), item.assessedIn(), item.assessed(),
              item.deducted().plus(take), item.kind()));
        }
      }
      PenaltyAccount next = PenaltyAccount.builder().person(account.person())
          .currency(account.currency()).addAllOpenItems(remaining)
          .totalAssessed(account.totalAssessed().plus(assessed))
          .totalDeducted(account.totalDeducted().plus(deducted))
          .totalWrittenOff(account.totalWrittenOff()).lastSettled(month).build();
      MonthlyStatement statement = new MonthlyStatement(account.person(), month, bonus, cap,
          assessed, deductions, deducted, List.of(), zero, next.outstanding(), false);
      return new Settlement(next, statement, algorithmVersion(),
          new SettlementInput(account, month, bonus, assessments, false));
    }

    @Override
    public Settlement settleDeparture(PenaltyAccount account, YearMonth lastMonth, Money bonus,
        List<Assessment> assessments) {
      throw new UnsupportedOperationException("not used by the ledger");
    }
  }
}
