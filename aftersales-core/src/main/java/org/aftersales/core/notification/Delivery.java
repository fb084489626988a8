package org.aftersales.core.notification;

/**
 * How a notice is meant to reach its recipient (送达方式).
 */
public enum Delivery {
  /** On its own, as soon as it is delivered (mail, SMS, chat message). */
  IMMEDIATE,
  /**
   * Listed in the recipient's next {@link NoticeKind#SUPERVISOR_DIGEST digest} rather than sent
   * on its own: a supervisor gets one digest per sweep run, not one message per request. The
   * notice itself still reaches {@link Notifications} (for a dashboard or an audit trail).
   */
  IN_DIGEST
}
