package org.aftersales.testkit.walkthrough;

import java.util.Map;

/**
 * The walkthrough's own message bundle: headings and column names in English and Chinese under
 * the same keys (a test checks the key sets are equal). Kept in code, not in a properties file,
 * so the report needs no resource lookup across modules and no default charset.
 */
final class WalkthroughText {

  static final Map<String, String> EN = Map.ofEntries(
      Map.entry("title", "Walkthrough: one month of a service department, November 2026"
          + " (Asia/Shanghai)"),
      Map.entry("calendar", "Office hours Mon-Fri 09:00-12:00, 13:30-18:00; holiday Fri 20 Nov,"
          + " make-up working day Sun 22 Nov"),
      Map.entry("calls.heading", "Call register (SLA: on site within 6 working hours in the city,"
          + " 7 in the suburbs)"),
      Map.entry("col.number", "No."),
      Map.entry("col.customer", "Customer"),
      Map.entry("col.zone", "Zone"),
      Map.entry("col.received", "Received"),
      Map.entry("col.due", "On site by"),
      Map.entry("col.onsite", "On site"),
      Map.entry("col.sla", "SLA"),
      Map.entry("col.escalations", "Escalations"),
      Map.entry("col.status", "Status"),
      Map.entry("zone.CITY", "city"),
      Map.entry("zone.SUBURB", "suburb"),
      Map.entry("sla.met", "met"),
      Map.entry("sla.breached", "breached"),
      Map.entry("status.REGISTERED", "registered"),
      Map.entry("status.DISPATCHED", "dispatched"),
      Map.entry("status.IN_WORKSHOP", "in workshop"),
      Map.entry("status.CLOSED", "closed"),
      Map.entry("stats.heading", "The month's statistics"),
      Map.entry("col.figure", "Figure"),
      Map.entry("col.value", "Value"),
      Map.entry("stat.calls", "Service calls registered"),
      Map.entry("stat.met", "On site within the SLA"),
      Map.entry("stat.compliance", "SLA compliance"),
      Map.entry("stat.workshop", "Workshop repairs"),
      Map.entry("stat.warnings", "Pre-breach warnings sent"),
      Map.entry("stat.breaches", "Breach notices sent"),
      Map.entry("stat.escalations", "Escalation notices sent"));

  static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("title", "演示：服务部门的一个月，2026年11月（上海时间）"),
      Map.entry("calendar", "办公时间 周一至周五 09:00-12:00、13:30-18:00；11月20日（周五）放假，"
          + "11月22日（周日）调休上班"),
      Map.entry("calls.heading", "报修登记表（时限：市区6个工作小时内到场，郊区7个）"),
      Map.entry("col.number", "编号"),
      Map.entry("col.customer", "客户"),
      Map.entry("col.zone", "区域"),
      Map.entry("col.received", "受理时间"),
      Map.entry("col.due", "应到场时间"),
      Map.entry("col.onsite", "到场时间"),
      Map.entry("col.sla", "时限"),
      Map.entry("col.escalations", "升级次数"),
      Map.entry("col.status", "状态"),
      Map.entry("zone.CITY", "市区"),
      Map.entry("zone.SUBURB", "郊区"),
      Map.entry("sla.met", "达标"),
      Map.entry("sla.breached", "超时"),
      Map.entry("status.REGISTERED", "已登记"),
      Map.entry("status.DISPATCHED", "已派工"),
      Map.entry("status.IN_WORKSHOP", "返厂维修中"),
      Map.entry("status.CLOSED", "已结案"),
      Map.entry("stats.heading", "本月统计"),
      Map.entry("col.figure", "指标"),
      Map.entry("col.value", "数值"),
      Map.entry("stat.calls", "登记报修数"),
      Map.entry("stat.met", "时限内到场数"),
      Map.entry("stat.compliance", "时限达标率"),
      Map.entry("stat.workshop", "返厂维修数"),
      Map.entry("stat.warnings", "超时预警通知"),
      Map.entry("stat.breaches", "超时通知"),
      Map.entry("stat.escalations", "升级通知"));

  private WalkthroughText() {}
}
