package com.example.erp.aftersales;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PenaltySettlementReport;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts decided penalties to the persons' ledgers and settles a month, each call one transaction
 * of the ERP's: the ledgers and their outbox events commit together or not at all.
 */
@Service
public class PenaltyService {

  private final PenaltyPosting posting;
  private final PenaltySettlement settlement;

  PenaltyService(PenaltyPosting posting, PenaltySettlement settlement) {
    this.posting = posting;
    this.settlement = settlement;
  }

  /**
   * Posts a decided case's penalty to its persons (PEN-07).
   *
   * @param command the case, its month and each person's amount
   * @return the ledgers as stored
   */
  @Transactional
  public List<PersonPenaltyLedger> post(PostPenalty command) {
    return posting.post(command);
  }

  /**
   * Settles a month against the persons' efficiency bonuses, under the monthly cap (PEN-08).
   *
   * @param month the month
   * @param bonuses each person's efficiency bonus of the month
   * @return the month's statements
   */
  @Transactional
  public PenaltySettlementReport settle(YearMonth month, Map<PersonId, Money> bonuses) {
    return settlement.settle(month, bonuses);
  }
}
