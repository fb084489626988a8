package org.aftersales.core.penalty;

import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;

/** The kind of an administrative penalty (行政处分种类), PEN-04. */
public enum DemeritKind {
  /** A warning (警告): at least 400 deducted per warning by default. */
  WARNING,
  /** A minor demerit (小过): at least 800 per base point per demerit by default. */
  MINOR_DEMERIT,
  /** A major demerit (大过): the whole month's efficiency bonus. */
  MAJOR_DEMERIT,
  /** Anything heavier than a major demerit (大过以上): the whole month's efficiency bonus. */
  MORE_SEVERE;

  /**
   * The kind's name in English and Chinese.
   *
   * @return e.g. "minor demerit / 小过"
   */
  public LocalizableMessage displayName() {
    return MessageBundle.CORE.message("core.penalty.demerit." + name());
  }
}
