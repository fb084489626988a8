/**
 * The service side's adapters over PostgreSQL (服务请求库): {@link
 * org.aftersales.examples.postgres.service.JdbcServiceRequests} (the call register, table
 * {@code service_request}) and {@link org.aftersales.examples.postgres.service.JdbcEntitlements}
 * (the ERP's warranty and contract records, table {@code entitlement}). Part of the reference
 * adapter adopters copy, not of the library.
 */
package org.aftersales.examples.postgres.service;
