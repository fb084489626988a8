package org.aftersales.core.contract;

/** What a property after-sales reminder (房产售后提醒, CON-09) is about. */
public enum PropertyReminderKind {
  /** An instalment or the lump sum falls due: remind the buyer (提醒客户按时付款). */
  PAYMENT_DUE("payment"),
  /** A mortgage follow-up: press the bank to pay out (督促银行尽快安排款项到帐). */
  MORTGAGE_FOLLOW_UP("mortgage"),
  /** Completion acceptance passed: send the move-in notice (入伙通知 / 入住通知书). */
  MOVE_IN_NOTICE("move-in"),
  /** The title documents are due, three months after delivery by default (产权证). */
  TITLE_DOCUMENTS("title");

  private final String code;

  PropertyReminderKind(String code) {
    this.code = code;
  }

  /**
   * The kind's code in reminder keys, e.g. {@code "payment"}.
   *
   * @return the code; stable across releases
   */
  public String code() {
    return code;
  }
}
