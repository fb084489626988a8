/**
 * Survey cards over PostgreSQL (满意度调查卡): {@link
 * org.aftersales.examples.postgres.survey.JdbcSurveyCards}, table {@code survey_card}. Part of
 * the reference adapter adopters copy, not of the library.
 */
package org.aftersales.examples.postgres.survey;
