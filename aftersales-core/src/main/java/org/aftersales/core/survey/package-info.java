/**
 * Customer surveys (客户意见调查), SUR-01…SUR-03 and the satisfaction form of SVC-16: one
 * satisfaction survey card (满意度调查卡) per closed service request, rating the technician on four
 * criteria (态度, 技术, 到达时间, 答应事情的办理) at four levels; the cards of a business day's closed
 * calls issued together, no sampling; the answers recorded idempotently; each technician's monthly
 * figures for the performance review.
 *
 * <ul>
 *   <li>{@link org.aftersales.core.survey.SurveyCard} — the aggregate, identified by its service
 *       request's ID.</li>
 *   <li>{@link org.aftersales.core.survey.SurveyCards} — the repository port.</li>
 *   <li>{@link org.aftersales.core.survey.SurveyIssuing} — issues a day's cards.</li>
 *   <li>{@link org.aftersales.core.survey.SurveyAnswering} — records a customer's answers.</li>
 *   <li>{@link org.aftersales.core.survey.SurveyFigures} — a technician's monthly figures.</li>
 * </ul>
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.survey;
