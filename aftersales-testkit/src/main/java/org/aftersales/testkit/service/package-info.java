/**
 * Test support for service requests (服务请求): the in-memory {@code ServiceRequests} repository,
 * a map-backed {@code Entitlements} adapter standing in for the ERP (strict about a warranty's and
 * a contract's days in its business zone), and the abstract contract tests an adopter runs against
 * its own repository adapter ({@code ServiceRequestsContract}) and its own ERP lookup
 * ({@code EntitlementsContract}).
 */
package org.aftersales.testkit.service;
