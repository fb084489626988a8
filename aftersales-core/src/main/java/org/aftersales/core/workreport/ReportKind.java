package org.aftersales.core.workreport;

/**
 * The monthly reports with a due date (月度报表), SVC-18, P11 §五.6.
 */
public enum ReportKind {
  /** The monthly service statistics (售后服务数据统计), due by the 4th of the next month. */
  MONTHLY_STATISTICS,
  /** The monthly service project summary (售后服务项目报表汇总), due by the 5th of the next month. */
  PROJECT_SUMMARY
}
