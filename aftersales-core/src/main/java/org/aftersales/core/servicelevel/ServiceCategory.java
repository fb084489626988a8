package org.aftersales.core.servicelevel;

import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;

/**
 * The category of a service job (服务类别), SVC-01.
 */
public enum ServiceCategory {
  /** A — paid service (有费服务). */
  A,
  /** B — service under a maintenance contract (合同服务). */
  B,
  /** C — free service, e.g. in warranty (免费服务). */
  C,
  /** D — internal administrative work: inspections, parts, tools, training (一般行政工作). */
  D;

  /**
   * The category's name in English and Chinese.
   *
   * @return e.g. "paid service / 有费服务"
   */
  public LocalizableMessage displayName() {
    return MessageBundle.CORE.message("core.servicelevel.category." + name());
  }
}
