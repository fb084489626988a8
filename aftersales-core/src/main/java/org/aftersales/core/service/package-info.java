/**
 * Service requests (叫修 / 服务请求, the 叫修登记簿 of SVC-02): a customer's call for service,
 * registered once per request ID, its category (SVC-01) and billing (SVC-15) following from the
 * product's warranty and contract entitlement, which the host's ERP looks up; promised the
 * response and arrival deadlines of the service-level policy in force at registration, kept on the
 * request (SVC-11…SVC-13); and dispatched (派工) to a technician by a supervisor.
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
 * </ul>
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.service;
