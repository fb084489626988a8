/**
 * Test support for surveys (客户意见调查), SUR-01…SUR-03: a strict in-memory
 * {@link org.aftersales.core.survey.SurveyCards} adapter and the port's abstract contract test.
 */
package org.aftersales.testkit.survey;
