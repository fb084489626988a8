package org.aftersales.testkit.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;

/**
 * Ready-made complaint cases and commands for tests (投诉测试数据). Numbers and request IDs made
 * here are unique within the JVM, so tests sharing storage do not collide.
 */
public final class ComplaintFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final AtomicLong COUNTER = new AtomicLong();

  private ComplaintFixtures() {}

  /**
   * A fresh request ID, unique within the JVM.
   *
   * @return e.g. {@code fixture-request-17}
   */
  public static RequestId aRequestId() {
    return RequestId.of("fixture-request-" + COUNTER.incrementAndGet());
  }

  /**
   * A fresh complaint number of November 2026 whose serial is unique within the JVM, printed as
   * the CMP-01 default prints it: {@code 261117}, widened past 99 ({@code 2611100}).
   *
   * @return the number
   */
  public static DocumentNumber aNumber() {
    long serial = COUNTER.incrementAndGet();
    return DocumentNumber.of(SeriesId.COMPLAINTS, String.format(Locale.ROOT, "2611%02d", serial),
        "2026-11", LocalDate.of(2026, 11, 1), serial);
  }

  /**
   * An open, unsaved case with a fresh number and request ID, received on 2 November 2026 at
   * 10:00 in Shanghai.
   *
   * @return the case at version 0
   */
  public static ComplaintCase anOpenCase() {
    return ComplaintCase.register(aRegistration(receivedAt()), aNumber(), ComplaintProcedure.seed(),
        receivedAt()).state();
  }

  /**
   * A registration command for a complaint received at {@code receivedAt}, with a fresh request ID.
   *
   * @param receivedAt the business timestamp
   * @return the command
   */
  public static RegisterComplaint aRegistration(Instant receivedAt) {
    return new RegisterComplaint(aRequestId(), receivedAt, anIntake("Shanghai Precision Ltd.",
        "Solder mask peeling on batch 4411, 120 of 2 000 boards"));
  }

  /**
   * An intake form (CMP-02) of a domestic, general complaint that caused a loss: order
   * {@code PO-2026-0815}, part {@code PCB-4411-A}, 2 000 pieces shipped on 20 October 2026, 120
   * defective, the customer asks to return the 120 and have them replaced.
   *
   * @param customer the customer's name
   * @param description the complaint
   * @return the intake
   */
  public static ComplaintIntake anIntake(String customer, String description) {
    return new ComplaintIntake(customer, description, "PO-2026-0815", "PCB-4411-A", 2_000,
        LocalDate.of(2026, 10, 20), 120, "Replace the defective boards", DemandedReturn.of(120),
        ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
  }

  /**
   * {@code c} as closed at {@code at} (status {@link org.aftersales.core.complaint.ComplaintStatus#CLOSED}),
   * unsaved and at the same version: for adapter and query tests that need closed cases without
   * walking a case through its whole procedure.
   *
   * @param c the case
   * @param at the closing instant, whole microseconds
   * @return the closed copy
   */
  public static ComplaintCase closedAt(ComplaintCase c, Instant at) {
    return ComplaintCase.builder().number(c.number()).requestId(c.requestId())
        .receivedAt(c.receivedAt()).intake(c.intake()).routing(c.routing())
        .addAllHandled(c.handled()).status(ComplaintStatus.CLOSED).reopenedFrom(c.reopenedFrom())
        .closedAt(at).version(c.version()).build();
  }

  /**
   * 2 November 2026, 10:00 in Shanghai.
   *
   * @return the instant
   */
  public static Instant receivedAt() {
    return ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant();
  }
}
