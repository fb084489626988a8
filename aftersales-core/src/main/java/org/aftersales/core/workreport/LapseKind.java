package org.aftersales.core.workreport;

import org.aftersales.core.penalty.FineKind;

/**
 * A kind of hotline or phone availability lapse (热线 / 手机失联), SVC-19: what a host records when
 * a call goes unanswered, a phone is off or a call is refused. Whether it is a violation depends
 * on the service hours ({@link ServiceHours}).
 */
public enum LapseKind {
  /** A call to the service hotline was not answered (服务电话无人接听), P8 §2(6): hotline hours. */
  HOTLINE_UNANSWERED(FineKind.HOTLINE_UNANSWERED, true),
  /** A service phone was switched off (关机), P11 §四.7: phone hours; has a from–to. */
  PHONE_OFF(FineKind.PHONE_OFF, false),
  /** A call to a service phone was refused (拒接电话), P11 §四.7: phone hours. */
  PHONE_CALL_REFUSED(FineKind.PHONE_CALL_REFUSED, false);

  private final FineKind fineKind;
  private final boolean hotline;

  LapseKind(FineKind fineKind, boolean hotline) {
    this.fineKind = fineKind;
    this.hotline = hotline;
  }

  /**
   * The fine kind a violation of this kind is fined as.
   *
   * @return the fine kind
   */
  public FineKind fineKind() {
    return fineKind;
  }

  /**
   * Whether the hotline's hours apply (otherwise the phones').
   *
   * @return true for {@link #HOTLINE_UNANSWERED}
   */
  public boolean hotline() {
    return hotline;
  }
}
