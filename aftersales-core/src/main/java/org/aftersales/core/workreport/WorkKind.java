package org.aftersales.core.workreport;

import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;

/**
 * The kind of work a service job is (作业类型), as the monthly statistics count it (SVC-18, P11
 * §五.6): installation and commissioning, or an after-sales dispatch (repair and other visits).
 */
public enum WorkKind {
  /** Installation and commissioning (安装调试). */
  INSTALLATION_COMMISSIONING,
  /** An after-sales dispatch: a repair or other service visit (售后派人). */
  SERVICE_DISPATCH;

  /**
   * The kind's name in English and Chinese.
   *
   * @return e.g. "installation and commissioning / 安装调试"
   */
  public LocalizableMessage displayName() {
    return MessageBundle.CORE.message("core.workreport.kind." + name());
  }
}
