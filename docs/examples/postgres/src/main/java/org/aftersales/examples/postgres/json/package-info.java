/**
 * The JSON form of everything the adapters store as a {@code jsonb} document (文档的 JSON 形式):
 * {@link org.aftersales.examples.postgres.json.AftersalesJson}, one Jackson mapper set up
 * generically for the library's records, Immutables aggregates and hand-written value classes.
 */
package org.aftersales.examples.postgres.json;
