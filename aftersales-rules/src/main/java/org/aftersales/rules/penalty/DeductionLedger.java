package org.aftersales.rules.penalty;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.OpenItem;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * The bookkeeping behind {@link CappedDeduction}: checking a month's input, ordering the open
 * items oldest first, and deducting from them up to a limit. Stateless.
 */
final class DeductionLedger {

  /** The rule that refuses a month out of order or a closed account. */
  static final String RULE_ID = "PEN-08";

  private DeductionLedger() {}

  /** What one pass over the open items deducted, and what is left open. */
  record Pass(List<CaseDeduction> deductions, Money deducted, List<OpenItem> remaining) {}

  static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }

  /**
   * Checks the bonus and the new assessments against the account; every problem is listed.
   *
   * @throws InvalidInputException if anything is wrong
   */
  static void checkInput(PenaltyAccount account, YearMonth month, String bonusPath, Money bonus,
      List<Assessment> assessments) {
    List<Violation> violations = new ArrayList<>();
    supported(month, "month", violations);
    if (bonus.isNegative()) {
      violations.add(Violation.of(bonusPath,
          message("rules.penalty.deduction.bonusNegative"), bonus));
    }
    if (!bonus.currency().equals(account.currency())) {
      violations.add(Violation.of(bonusPath, currencyMessage(account), bonus));
    }
    Map<String, OpenItem> open = new HashMap<>();
    for (OpenItem item : account.openItems()) {
      open.put(item.caseId(), item);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      String path = "newAssessments[" + i + "]";
      supported(a.month(), path + ".month", violations);
      if (!a.person().equals(account.person())) {
        violations.add(Violation.of(path + ".person", message(
            "rules.penalty.deduction.otherPerson", "person", a.person(),
            "account", account.person()), a.person()));
      }
      if (!a.amount().currency().equals(account.currency())) {
        violations.add(Violation.of(path + ".amount", currencyMessage(account), a.amount()));
      }
      if (a.month().isAfter(month)) {
        violations.add(Violation.of(path + ".month", message(
            "rules.penalty.deduction.assessedLater", "assessedIn", a.month(), "month", month),
            a.month()));
      }
      OpenItem already = open.get(a.caseId());
      if (already != null) {
        violations.add(Violation.of(path + ".caseId", message("rules.penalty.deduction.caseOpen",
            "caseId", a.caseId(), "month", already.assessedIn(),
            "outstanding", already.outstanding()), a.caseId()));
      }
      Integer first = seen.putIfAbsent(a.caseId(), i);
      if (first != null) {
        violations.add(Violation.of(path + ".caseId", message(
            "rules.penalty.deduction.caseRepeated", "caseId", a.caseId(), "first", first),
            a.caseId()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static LocalizableMessage currencyMessage(PenaltyAccount account) {
    return message("rules.penalty.deduction.currency",
        "expected", account.currency().getCurrencyCode(), "person", account.person());
  }

  /**
   * Adds the refusal of a month outside the {@linkplain SupportedTime supported range} (1900-01 to
   * 2300-12), if it is, to {@code violations}: a settlement month typed as {@code 0026-03} is named
   * with the other problems instead of being settled.
   */
  private static void supported(YearMonth month, String path, List<Violation> violations) {
    try {
      SupportedTime.require(month, path);
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
    }
  }

  /**
   * Refuses a closed account, and a month that is not after the last settled one.
   *
   * @throws RuleRefusalException (PEN-08)
   */
  static void checkSettleable(PenaltyAccount account, YearMonth month) {
    if (account.closed()) {
      throw new RuleRefusalException(RuleId.of(RULE_ID),
          message("rules.penalty.deduction.closed", "person", account.person()));
    }
    if (account.lastSettled().isPresent() && !month.isAfter(account.lastSettled().get())) {
      throw new RuleRefusalException(RuleId.of(RULE_ID), message("rules.penalty.deduction.monthNotAfter",
          "month", month, "person", account.person(), "lastSettled", account.lastSettled().get()));
    }
  }

  /**
   * The open items and the new assessments in the order a month takes them: by kind
   * ({@link DeductionKind} order: administrative penalties, fines, complaint cases), then oldest
   * first — by the month assessed, then in the order added (the account's items in their order
   * before the new ones, the new ones by case ID). The sort is stable, so the account's order is
   * kept within a kind and a month.
   */
  static List<OpenItem> oldestFirst(PenaltyAccount account, List<Assessment> assessments) {
    List<OpenItem> items = new ArrayList<>(account.openItems());
    Money zero = Money.zero(account.currency());
    assessments.stream()
        .sorted(Comparator.comparing(Assessment::caseId))
        .map(a -> new OpenItem(a.caseId(), a.month(), a.amount(), zero, a.kind()))
        .forEach(items::add);
    items.sort(Comparator.comparing(OpenItem::kind).thenComparing(OpenItem::assessedIn));
    return items;
  }

  /**
   * Deducts from the items in their order, each as much as it owes, until the limits are used
   * up: {@code limit} for all items together, and within it {@code complaintLimit} for complaint
   * cases; items fully paid are dropped.
   */
  static Pass deduct(List<OpenItem> items, Money limit, Money complaintLimit) {
    Money left = limit;
    Money complaintsLeft = complaintLimit;
    Money deducted = Money.zero(limit.currency());
    List<CaseDeduction> deductions = new ArrayList<>();
    List<OpenItem> remaining = new ArrayList<>();
    for (OpenItem item : items) {
      boolean complaint = item.kind() == DeductionKind.COMPLAINT;
      Money take = item.outstanding().min(complaint ? left.min(complaintsLeft) : left);
      OpenItem after = item;
      if (take.isPositive()) {
        deductions.add(new CaseDeduction(item.caseId(), take, item.kind()));
        left = left.minus(take);
        if (complaint) {
          complaintsLeft = complaintsLeft.minus(take);
        }
        deducted = deducted.plus(take);
        after = new OpenItem(item.caseId(), item.assessedIn(), item.assessed(),
            item.deducted().plus(take), item.kind());
      }
      if (after.outstanding().isPositive()) {
        remaining.add(after);
      }
    }
    return new Pass(List.copyOf(deductions), deducted, List.copyOf(remaining));
  }

  /** The sum of the items' outstanding amounts. */
  static Money outstanding(List<OpenItem> items, Money zero) {
    Money total = zero;
    for (OpenItem item : items) {
      total = total.plus(item.outstanding());
    }
    return total;
  }
}
