/**
 * Service requests (叫修 / 服务请求, the 叫修登记簿 of SVC-02): a customer's call for service,
 * registered once per request ID, its category (SVC-01) and billing (SVC-15) following from the
 * product's warranty and contract entitlement, which the host's ERP looks up; promised the
 * response and arrival deadlines of the service-level policy in force at registration, kept on the
 * request (SVC-11…SVC-13); dispatched (派工) to a technician by a supervisor; completed on site
 * (service report, the customer's signature on the voucher, the clerk's closure, a paid job
 * collected or invoiced: SVC-03, SVC-04, SVC-16) or through the workshop (receipt, in/out
 * register, repair card, inspection, return: SVC-05…SVC-07); and given an explicit resolution time
 * when not solved the same day (SVC-14).
 *
 * <ul>
 *   <li>{@link org.aftersales.core.service.ServiceRequest} — the aggregate: immutable, versioned;
 *       its factory returns the state and the events.</li>
 *   <li>{@link org.aftersales.core.service.Entitlement} — what the product is entitled to, and the
 *       category and billing that follow from it.</li>
 *   <li>{@link org.aftersales.core.service.Entitlements} — the port the ERP implements to look the
 *       entitlement up.</li>
 *   <li>{@link org.aftersales.core.service.ServiceRequests} — the repository port.</li>
 *   <li>{@link org.aftersales.core.service.ServiceRequestRegistration} — the registration use
 *       case, idempotent by request ID.</li>
 *   <li>{@link org.aftersales.core.service.ServiceRequestDispatch} — the dispatch use case
 *       ({@link org.aftersales.core.service.AssignTechnician}), idempotent by request ID.</li>
 *   <li>{@link org.aftersales.core.service.ServiceRequestCompletion} — on-site completion and the
 *       committed resolution time; {@link org.aftersales.core.service.OnSiteCollection} — what a
 *       paid job is charged and whether it is collected on site.</li>
 *   <li>{@link org.aftersales.core.service.ServiceRequestWorkshop} — the workshop path.</li>
 * </ul>
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.service;
