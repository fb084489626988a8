/**
 * Policies of the work reports (工作报表规则): repeat-repair detection within a window, SVC-17.
 */
package org.aftersales.rules.workreport;
