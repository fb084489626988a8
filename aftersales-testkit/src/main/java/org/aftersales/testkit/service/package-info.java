/**
 * Test support for service requests (服务请求): the in-memory {@code ServiceRequests} repository,
 * a map-backed {@code Entitlements} adapter standing in for the ERP, and the abstract contract
 * test an adopter runs against its own repository adapter.
 */
package org.aftersales.testkit.service;
