package org.aftersales.core.contract;

/**
 * The written documents a project handover (项目移交) must contain (P8 §1, CON-03), in the seed's
 * order. Each becomes one item of a {@link HandoverChecklist}.
 */
public enum HandoverDocument {
  /** The technical documents of the project's construction (项目建设过程中的技术资料). */
  TECHNICAL_DOCUMENTS,
  /** The open issues left by the project and their completion schedule (项目遗留问题及完成时间表). */
  OPEN_ISSUES_AND_SCHEDULE,
  /**
   * The external boundary (项目外部边界): the maintenance boundary between the company and the
   * customer, the maintenance period and what happens when it ends.
   */
  EXTERNAL_BOUNDARY,
  /**
   * The internal boundary (项目内部边界): the boundary between after-sales staff and technical
   * support, the project's FAQ (常见问题及处理办法) and the emergency contacts (应急联络部门及人员).
   */
  INTERNAL_BOUNDARY
}
