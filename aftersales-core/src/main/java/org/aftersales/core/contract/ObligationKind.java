package org.aftersales.core.contract;

import org.aftersales.core.shared.RuleId;

/**
 * The kinds of obligation (合同义务) a contract creates, each with the rule it comes from.
 */
public enum ObligationKind {
  /** The expiry notice to the customer before a maintenance contract ends (保养到期通知书), CON-01. */
  EXPIRY_NOTICE("CON-01"),
  /**
   * The written report to the sales director before a free maintenance period ends (免费维护期满
   * 书面汇报), CON-02.
   */
  FREE_PERIOD_END_REPORT("CON-02"),
  /** The monthly inspection of one system with its report (月度巡检报告), CON-04. */
  MONTHLY_INSPECTION("CON-04"),
  /** The monthly optimisation report (当月工作优化总结及下月优化措施报告), CON-05. */
  MONTHLY_OPTIMISATION_REPORT("CON-05"),
  /** The quarterly customer revisit (客户回访, planned per quarter, split across its months), CON-05. */
  QUARTERLY_REVISIT("CON-05"),
  /** The written quarterly maintenance report per customer (书面维护工作报告), CON-06. */
  QUARTERLY_CUSTOMER_REPORT("CON-06"),
  /** The customer opinion survey (客户意见征询表), every six to twelve months, SUR-06. */
  SURVEY("SUR-06"),
  /** The yearly satisfaction statistics with a written report (年度满意度统计分析), SUR-06. */
  YEARLY_SURVEY_SUMMARY("SUR-06");

  private final RuleId rule;

  ObligationKind(String rule) {
    this.rule = RuleId.of(rule);
  }

  /**
   * The rule this kind of obligation comes from.
   *
   * @return the rule ID, e.g. {@code CON-04}
   */
  public RuleId rule() {
    return rule;
  }
}
