package org.aftersales.core.survey;

import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;

/**
 * A criterion the customer rates the technician on (品评项目), SUR-02: the seed's four, P2 §25
 * (态度、技术、到达时间及答应事情的办理).
 */
public enum SurveyCriterion {
  /** Attitude (态度). */
  ATTITUDE,
  /** Technical skill (技术). */
  SKILL,
  /** Arrival time (到达时间): whether the technician came when promised. */
  ARRIVAL_TIME,
  /** Keeping promises (答应事情的办理 / 守信): what was promised was done. */
  KEEPING_PROMISES;

  /**
   * The criterion's name in English and Chinese.
   *
   * @return e.g. "attitude / 态度"
   */
  public LocalizableMessage displayName() {
    return MessageBundle.CORE.message("core.survey.criterion." + name());
  }
}
