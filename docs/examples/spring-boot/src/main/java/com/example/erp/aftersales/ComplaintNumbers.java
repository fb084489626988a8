package com.example.erp.aftersales;

import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Numbers the ERP's complaints (年月流水) inside its own transactions. */
@Service
public class ComplaintNumbers {

  private final SequenceNumbering numbering;

  ComplaintNumbers(SequenceNumbering numbering) {
    this.numbering = numbering;
  }

  /**
   * The next complaint number for a complaint received at {@code receivedAt}; drawn in the
   * caller's transaction, so a rollback gives the number back.
   *
   * @param receivedAt when the complaint was received; its month in the business zone counts
   * @return the number, e.g. {@code 261101}
   */
  @Transactional
  public DocumentNumber numberFor(Instant receivedAt) {
    return numbering.next(receivedAt);
  }
}
