package org.aftersales.core.survey;

import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;

/**
 * A level of the customer's satisfaction (满意程度), SUR-02. The seed asks for four levels
 * (按客户的满意状况分为四个程度, P2 §25) without naming them; these are the usual four of Chinese
 * survey forms — 很满意, 满意, 一般, 不满意 — scored 4, 3, 2 and 1 {@link #points() points} for the
 * monthly averages (SUR-03).
 */
public enum SatisfactionLevel {
  /** Very satisfied (很满意): 4 points. */
  VERY_SATISFIED(4),
  /** Satisfied (满意): 3 points. */
  SATISFIED(3),
  /** Fair (一般): 2 points. */
  FAIR(2),
  /** Dissatisfied (不满意): 1 point. */
  DISSATISFIED(1);

  private final int points;

  SatisfactionLevel(int points) {
    this.points = points;
  }

  /**
   * The level's score in the monthly averages.
   *
   * @return 4 for {@link #VERY_SATISFIED} down to 1 for {@link #DISSATISFIED}
   */
  public int points() {
    return points;
  }

  /**
   * The level's name in English and Chinese.
   *
   * @return e.g. "very satisfied / 很满意"
   */
  public LocalizableMessage displayName() {
    return MessageBundle.CORE.message("core.survey.level." + name());
  }
}
