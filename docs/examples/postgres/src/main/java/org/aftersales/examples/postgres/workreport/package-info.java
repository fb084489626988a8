/**
 * Work reports over PostgreSQL: signed branch reports (分公司日报表, {@link
 * org.aftersales.examples.postgres.workreport.JdbcBranchReports}, table {@code branch_report})
 * and the hotline and phone lapse log (热线 / 手机失联登记簿, {@link
 * org.aftersales.examples.postgres.workreport.JdbcAvailabilityLog}, table
 * {@code availability_lapse}). Part of the reference adapter adopters copy, not of the library.
 */
package org.aftersales.examples.postgres.workreport;
