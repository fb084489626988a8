package org.aftersales.core.penalty;

import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;

/**
 * The fifteen causes for an administrative penalty after a complaint (客户投诉行政处分判定项目),
 * PEN-03.
 */
public enum AdministrativeCause {
  /** 1. Documents or samples wrong (票据错误或附样等资料错误). */
  DOCUMENT_ERROR,
  /** 2. Financial error (财务错误). */
  FINANCE_ERROR,
  /** 3. Materials not prepared or used per the production spec (未依制作规范备料、用料). */
  PRODUCTION_SPEC_NOT_FOLLOWED,
  /** 4. Rejects mixed into good stock (不合格产品混入正常品缴库). */
  REJECTS_MIXED_INTO_STOCK,
  /** 5. Over-delivery without the customer's consent (交运超出应收范围未经客户同意). */
  OVER_DELIVERY_WITHOUT_CONSENT,
  /** 6. Production data cut without authority (擅自减少有关生产资料). */
  PRODUCTION_DATA_CUT,
  /** 7. Special quality requirements not passed on by sales (特殊质量要求未反映). */
  SPECIAL_REQUIREMENT_NOT_PASSED_ON,
  /** 8. Order mis-recorded (订单误记). */
  ORDER_MISRECORDED,
  /** 9. Late delivery (交货延迟). */
  LATE_DELIVERY,
  /** 10. Wrong shipment (装运错误). */
  WRONG_SHIPMENT,
  /** 11. Delivery note mis-recorded (交货单误记交运错误). */
  DELIVERY_NOTE_ERROR,
  /** 12. Improper storage or transport (仓储保管不当及运输问题). */
  STORAGE_OR_TRANSPORT,
  /** 13. Marking not to spec (外观标示不符规格). */
  MARKING_NOT_TO_SPEC,
  /** 14. Inspection data mismatch (检验资料不符). */
  INSPECTION_DATA_MISMATCH,
  /** 15. Other (其他). */
  OTHER;

  /**
   * The cause's name in English and Chinese.
   *
   * @return e.g. "wrong shipment / 装运错误"
   */
  public LocalizableMessage displayName() {
    return MessageBundle.CORE.message("core.penalty.cause." + name());
  }
}
