package org.aftersales.core.workreport;

import static org.aftersales.core.workreport.WorkFixtures.GROUP;
import static org.aftersales.core.workreport.WorkFixtures.SHANGHAI;
import static org.aftersales.core.workreport.WorkFixtures.WANG;
import static org.aftersales.core.workreport.WorkFixtures.job;
import static org.aftersales.core.workreport.WorkFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The branch-report signing and availability use cases against recording fakes: port calls,
 * idempotency, refusals, lost races. // rule: SVC-09, SVC-19
 */
class WorkReportUseCaseTest {

  static final Instant NOW = Instant.parse("2026-11-03T01:00:00.000000789Z");

  /** Branch reports in a map; can lose one race; logs calls. */
  static final class Reports implements BranchReports {
    final Map<String, BranchReport> rows = new HashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    BranchReport racer;

    @Override
    public Optional<BranchReport> find(UnitId branch, LocalDate day) {
      calls.add("find");
      return Optional.ofNullable(rows.get(branch.value() + "/" + day));
    }

    @Override
    public BranchReport save(BranchReport report, List<OutboxEvent> events) {
      calls.add("save");
      if (racer != null) {
        rows.put(racer.key(), racer);
        racer = null;
      }
      if (rows.containsKey(report.key())) {
        throw new ConcurrentUpdateException(BranchReport.KIND, report.key(), report.version(),
            rows.get(report.key()).version());
      }
      BranchReport saved = report.withVersion(report.version().next());
      rows.put(saved.key(), saved);
      outbox.addAll(events);
      return saved;
    }
  }

  final Reports reports = new Reports();
  final BranchReportSigning signing = new BranchReportSigning(reports, WorkFixtures.validator(),
      SHANGHAI, Clock.fixed(NOW, SHANGHAI));
  final TeamDailyReport team = new WorkReports(SHANGHAI).teamDay(PersonId.of("sup-zhao"),
      LocalDate.of(2026, 11, 2), List.of(job("SR-1", WANG, "sup-zhao", ServiceCategory.A,
          shanghai(11, 2, 9, 0), 90)));

  SignBranchReport sign(String requestId, String manager, Instant at) {
    return new SignBranchReport(RequestId.of(requestId), UnitId.of("suzhou"), team,
        PersonId.of(manager), UnitId.of("service-dept"), at);
  }

  @Test
  void a_signature_is_found_then_saved_with_its_two_events_and_a_repeat_is_answered_stored() {
    // rule: SVC-09
    SignBranchReport command = sign("s-1", "mgr", shanghai(11, 3, 8, 0));
    BranchReport signed = signing.sign(command);
    assertEquals(Version.of(1), signed.version());
    assertEquals("suzhou/2026-11-02", signed.key());
    assertEquals(List.of("find", "save"), reports.calls);
    assertEquals(List.of(EventId.of("branch-report/suzhou/2026-11-02/1/0"),
        EventId.of("branch-report/suzhou/2026-11-02/1/1")),
        reports.outbox.stream().map(OutboxEvent::eventId).toList());
    assertEquals(new BranchReportSigned(UnitId.of("suzhou"), LocalDate.of(2026, 11, 2),
        PersonId.of("sup-zhao"), PersonId.of("mgr"), shanghai(11, 3, 8, 0),
        Instant.parse("2026-11-03T01:00:00Z")), reports.outbox.get(0).event());
    assertSame(signed, signing.sign(command));
    assertEquals(List.of("find", "save", "find"), reports.calls);
  }

  @Test
  void a_signature_is_recognised_by_every_field() {
    // rule: SVC-09
    BranchReport signed = signing.sign(sign("s-1", "mgr", shanghai(11, 3, 8, 0)));
    assertTrue(signed.isSignedBy(sign("s-1", "mgr", shanghai(11, 3, 8, 0))));
    assertFalse(signed.isSignedBy(sign("s-2", "mgr", shanghai(11, 3, 8, 0))));
    assertFalse(signed.isSignedBy(sign("s-1", "mgr-2", shanghai(11, 3, 8, 0))));
    assertFalse(signed.isSignedBy(sign("s-1", "mgr", shanghai(11, 3, 8, 1))));
    assertFalse(signed.isSignedBy(new SignBranchReport(RequestId.of("s-1"), UnitId.of("wuxi"),
        team, PersonId.of("mgr"), UnitId.of("service-dept"), shanghai(11, 3, 8, 0))));
    assertFalse(signed.isSignedBy(new SignBranchReport(RequestId.of("s-1"),
        UnitId.of("suzhou"), team, PersonId.of("mgr"), UnitId.of("other-dept"),
        shanghai(11, 3, 8, 0))));
    TeamDailyReport other = new TeamDailyReport(team.supervisor(), team.day(), List.of(),
        team.byCategory());
    assertFalse(signed.isSignedBy(new SignBranchReport(RequestId.of("s-1"),
        UnitId.of("suzhou"), other, PersonId.of("mgr"), UnitId.of("service-dept"),
        shanghai(11, 3, 8, 0))));
  }

  @Test
  void refusals_change_nothing() {
    // rule: SVC-09
    signing.sign(sign("s-1", "mgr", shanghai(11, 3, 8, 0)));
    assertEquals(RuleId.of("SVC-09"), assertThrows(RuleRefusalException.class,
        () -> signing.sign(sign("s-2", "mgr", shanghai(11, 3, 8, 0)))).ruleId());
    assertThrows(DuplicateRequestException.class,
        () -> signing.sign(sign("s-1", "mgr-2", shanghai(11, 3, 8, 0))));
    Reports empty = new Reports();
    BranchReportSigning fresh = new BranchReportSigning(empty, WorkFixtures.validator(),
        SHANGHAI, Clock.fixed(NOW, SHANGHAI));
    assertThrows(RuleRefusalException.class,
        () -> fresh.sign(sign("s-1", "sup-zhao", shanghai(11, 3, 8, 0))));
    assertThrows(RuleRefusalException.class,
        () -> fresh.sign(sign("s-1", "mgr", shanghai(11, 2, 0, 0).minusNanos(1000))));
    fresh.sign(sign("s-1", "mgr", shanghai(11, 2, 0, 0)));
    assertEquals(1, empty.rows.size());
    assertThrows(InvalidInputException.class, () -> BranchReport.builder()
        .branch(UnitId.of("b")).day(LocalDate.of(2026, 11, 3)).report(team)
        .manager(PersonId.of("m")).signedAt(NOW).serviceDepartment(UnitId.of("d"))
        .requestId(RequestId.of("r")).version(Version.initial()).build());
  }

  @Test
  void a_lost_race_returns_the_stored_signature_only_if_it_is_this_commands() {
    // rule: SVC-09
    SignBranchReport command = sign("s-1", "mgr", shanghai(11, 3, 8, 0));
    BranchReport mine = BranchReport.sign(command, SHANGHAI, NOW).state()
        .withVersion(Version.of(1));
    reports.racer = mine;
    assertSame(mine, signing.sign(command));
    Reports other = new Reports();
    other.racer = BranchReport.sign(sign("s-9", "mgr", shanghai(11, 3, 8, 0)), SHANGHAI, NOW)
        .state().withVersion(Version.of(1));
    assertThrows(ConcurrentUpdateException.class, () -> new BranchReportSigning(other,
        WorkFixtures.validator(), SHANGHAI, Clock.fixed(NOW, SHANGHAI)).sign(command));
  }

  /** A lapse log in a map; can lose one race; logs calls. */
  static final class Log implements AvailabilityLog {
    final Map<RequestId, AvailabilityLapse> rows = new HashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    AvailabilityLapse racer;

    @Override
    public Optional<AvailabilityLapse> find(RequestId eventId) {
      calls.add("find");
      return Optional.ofNullable(rows.get(eventId));
    }

    @Override
    public AvailabilityLapse append(AvailabilityLapse lapse, List<OutboxEvent> events) {
      calls.add("append");
      if (racer != null) {
        rows.put(racer.eventId(), racer);
        racer = null;
      }
      if (rows.containsKey(lapse.eventId())) {
        throw new DuplicateRequestException(AvailabilityLapse.KIND, lapse.eventId());
      }
      rows.put(lapse.eventId(), lapse);
      outbox.addAll(events);
      return lapse;
    }
  }

  static RecordAvailabilityLapse lapse(String id, LapseKind kind, Instant from, Instant to) {
    return new RecordAvailabilityLapse(RequestId.of(id), kind, WANG, GROUP, from, to);
  }

  @Test
  void a_lapse_in_the_hours_is_appended_with_its_violation_and_recorded_once() {
    // rule: SVC-19
    Log log = new Log();
    AvailabilityViolations uc = new AvailabilityViolations(log, ServiceHours.seed(SHANGHAI),
        WorkFixtures.validator(), Clock.fixed(NOW, SHANGHAI));
    RecordAvailabilityLapse command = lapse("c-1", LapseKind.HOTLINE_UNANSWERED,
        shanghai(11, 2, 10, 0), shanghai(11, 2, 10, 0));
    AvailabilityLapse recorded = uc.record(command);
    assertEquals(Instant.parse("2026-11-03T01:00:00Z"), recorded.recordedAt());
    assertEquals(List.of("find", "append"), log.calls);
    assertEquals(List.of(EventId.of("availability-lapse/c-1/1/0"),
        EventId.of("availability-lapse/c-1/1/1")),
        log.outbox.stream().map(OutboxEvent::eventId).toList());
    assertEquals(new ServiceHoursViolated(RequestId.of("c-1"), recorded.fineCase().orElseThrow(),
        Instant.parse("2026-11-03T01:00:00Z")), log.outbox.get(1).event());
    assertSame(recorded, uc.record(command));
    assertEquals(List.of("find", "append", "find"), log.calls);
    assertThrows(DuplicateRequestException.class, () -> uc.record(lapse("c-1",
        LapseKind.PHONE_CALL_REFUSED, shanghai(11, 2, 10, 0), shanghai(11, 2, 10, 0))));
    AvailabilityLapse outside = uc.record(lapse("c-2", LapseKind.HOTLINE_UNANSWERED,
        shanghai(11, 2, 23, 0), shanghai(11, 2, 23, 0)));
    assertEquals(Optional.empty(), outside.fineCase());
    assertEquals(3, log.outbox.size());
    assertThrows(InvalidInputException.class, () -> uc.record(lapse("c-3", LapseKind.PHONE_OFF,
        shanghai(11, 2, 10, 0), shanghai(11, 2, 9, 0))));
    assertEquals(List.of("find", "append", "find", "find", "find", "append"), log.calls);
  }

  @Test
  void a_lapse_is_recognised_by_every_field_and_a_lost_race_resolved() {
    // rule: SVC-19
    Instant at = shanghai(11, 2, 10, 0);
    AvailabilityLapse stored = AvailabilityLapse.builder().eventId(RequestId.of("c-1"))
        .kind(LapseKind.PHONE_OFF).responsible(WANG).group(GROUP).from(at).to(at.plusSeconds(60))
        .recordedAt(NOW).build();
    assertTrue(stored.isRecordedBy(lapse("c-1", LapseKind.PHONE_OFF, at, at.plusSeconds(60))));
    assertFalse(stored.isRecordedBy(lapse("c-2", LapseKind.PHONE_OFF, at, at.plusSeconds(60))));
    assertFalse(stored.isRecordedBy(lapse("c-1", LapseKind.PHONE_CALL_REFUSED, at,
        at.plusSeconds(60))));
    assertFalse(stored.isRecordedBy(lapse("c-1", LapseKind.PHONE_OFF, at.plusSeconds(1),
        at.plusSeconds(60))));
    assertFalse(stored.isRecordedBy(lapse("c-1", LapseKind.PHONE_OFF, at, at.plusSeconds(61))));
    assertFalse(stored.isRecordedBy(new RecordAvailabilityLapse(RequestId.of("c-1"),
        LapseKind.PHONE_OFF, WorkFixtures.LI, GROUP, at, at.plusSeconds(60))));
    assertFalse(stored.isRecordedBy(new RecordAvailabilityLapse(RequestId.of("c-1"),
        LapseKind.PHONE_OFF, WANG, org.aftersales.core.organization.OrganizationUnit.builder()
            .id(UnitId.of("g2")).level(GROUP.level()).kind(GROUP.kind())
            .addAllMembers(GROUP.members()).build(), at, at.plusSeconds(60))));
    Log log = new Log();
    log.racer = stored;
    AvailabilityViolations uc = new AvailabilityViolations(log, ServiceHours.seed(SHANGHAI),
        WorkFixtures.validator(), Clock.fixed(NOW, SHANGHAI));
    assertSame(stored, uc.record(lapse("c-1", LapseKind.PHONE_OFF, at, at.plusSeconds(60))));
    Log other = new Log();
    other.racer = stored;
    AvailabilityViolations uc2 = new AvailabilityViolations(other, ServiceHours.seed(SHANGHAI),
        WorkFixtures.validator(), Clock.fixed(NOW, SHANGHAI));
    assertThrows(DuplicateRequestException.class, () -> uc2.record(lapse("c-1",
        LapseKind.PHONE_OFF, at, at.plusSeconds(120))));
  }
}
