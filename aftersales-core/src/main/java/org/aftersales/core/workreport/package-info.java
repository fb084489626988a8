/**
 * Work reports and service statistics (工作报表与售后统计), SVC-09, SVC-17, SVC-18, SVC-19: the
 * technician's daily report (技术员工作日报表), the supervisor's team daily report (服务主任日报表),
 * the branch report signed by the branch manager and forwarded to the service department, the
 * monthly service statistics (月度统计) and their due dates, hotline and phone availability
 * violations (热线 / 手机), and repeat-repair detection (重复维修).
 *
 * <p>The reports read input values defined here — {@link org.aftersales.core.workreport.ServiceJob}
 * and {@link org.aftersales.core.workreport.RepairRecord} — which the host (or the library's
 * service-request lifecycle) maps from its completed service requests; each field's Javadoc says
 * where it comes from. Days and months are cut in the business zone; money is exact.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.workreport;
