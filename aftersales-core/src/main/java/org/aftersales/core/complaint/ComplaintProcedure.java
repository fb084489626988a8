package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.Milestone;

/**
 * How an adopter runs its complaint procedure (客户抱怨处理程序): the route of the routing form, and
 * the choices the seed leaves open. The budgets of the steps and the closing limit are not here:
 * they are targets of the {@link org.aftersales.core.servicelevel.ServiceLevelPolicy}.
 *
 * @param route the steps of the routing form in order, each once; the first is handed over at
 *     acceptance (CMP-05); copied
 * @param visitBeforeClosure whether a case is closed only after the customer's visit was recorded
 *     (SUR-05); true by default
 * @param rejectionClock where the closing limit of a case raised by a rejection starts (CMP-10)
 * @param closureRecipients who gets a copy of the closed form (CMP-09), each once, in order;
 *     copied
 */
public record ComplaintProcedure(List<Milestone> route, boolean visitBeforeClosure,
    RejectionClock rejectionClock, List<RecipientRole> closureRecipients) {

  /**
   * Copies the route; the route itself is checked when a case is accepted
   * ({@link RoutingLedger#accepted}).
   *
   * @param route the steps
   * @param visitBeforeClosure whether the visit gates closure
   * @param rejectionClock the clock of a reopened case
   * @param closureRecipients the copies of the closed form
   * @throws IllegalArgumentException if a recipient is named twice
   */
  public ComplaintProcedure {
    route = List.copyOf(requireNonNull(route, "route"));
    requireNonNull(rejectionClock, "rejectionClock");
    closureRecipients = List.copyOf(requireNonNull(closureRecipients, "closureRecipients"));
    if (closureRecipients.stream().distinct().count() != closureRecipients.size()) {
      throw new IllegalArgumentException("a closure recipient is named twice: "
          + closureRecipients);
    }
  }

  /**
   * The seed's procedure: GM office registration → QA analysis → manufacturing countermeasure →
   * R&amp;D opinion → sales negotiation → GM synthesis (PCB §9), the visit before closure, a
   * reopened case's limit restarting at its own acceptance, the closed form in five copies: QA,
   * manufacturing, sales, accounting, GM office (CMP-09).
   *
   * @return the procedure
   */
  public static ComplaintProcedure seed() {
    return new ComplaintProcedure(List.of(Milestone.COMPLAINT_REGISTRATION,
        Milestone.QA_ANALYSIS, Milestone.MANUFACTURING_COUNTERMEASURE, Milestone.RND_OPINION,
        Milestone.SALES_NEGOTIATION, Milestone.GM_SYNTHESIS), true, RejectionClock.RESTART,
        List.of(RecipientRole.QUALITY_ASSURANCE, RecipientRole.MANUFACTURING, RecipientRole.SALES,
            RecipientRole.ACCOUNTING, RecipientRole.GM_OFFICE));
  }

  /**
   * This procedure with another route.
   *
   * @param steps the steps in order
   * @return the changed procedure
   */
  public ComplaintProcedure withRoute(List<Milestone> steps) {
    return new ComplaintProcedure(steps, visitBeforeClosure, rejectionClock, closureRecipients);
  }

  /**
   * This procedure with another clock for reopened cases.
   *
   * @param clock where a reopened case's closing limit starts
   * @return the changed procedure
   */
  public ComplaintProcedure withRejectionClock(RejectionClock clock) {
    return new ComplaintProcedure(route, visitBeforeClosure, clock, closureRecipients);
  }

  /**
   * This procedure with or without the visit gating closure.
   *
   * @param required whether a case is closed only after a recorded visit
   * @return the changed procedure
   */
  public ComplaintProcedure withVisitBeforeClosure(boolean required) {
    return new ComplaintProcedure(route, required, rejectionClock, closureRecipients);
  }
}
