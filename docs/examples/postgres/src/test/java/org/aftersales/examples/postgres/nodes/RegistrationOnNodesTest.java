package org.aftersales.examples.postgres.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.complaint.JdbcComplaints;
import org.aftersales.examples.postgres.numbering.JdbcNumberSequences;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Complaint registrations (投诉登记) on several nodes at once, across a month boundary: 16 threads
 * per node register through the seed's numbering (年月流水, CMP-01) with the gapless
 * {@link JdbcNumberSequences} inside a host transaction per registration, received on Saturday 31
 * October and Sunday 1 November 2026 in Shanghai. Every number is unique, each month's serials
 * are exactly 1 … n, each number is printed for its month, and each registration's event is
 * delivered once by the relays of all nodes.
 *
 * <p>// rule: CMP-01 (numbers unique and gapless per month, across nodes)
 */
@Tag("CMP-01")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class RegistrationOnNodesTest {

  static final ZoneId SHANGHAI = ComplaintFixtures.SHANGHAI;
  static final int THREADS_PER_NODE = 16;
  static final int REGISTRATIONS_PER_THREAD = 8;
  /** Saturday 31 October 2026, 23:00 in Shanghai: the last hour of October. */
  static final Instant OCTOBER_LAST_HOUR =
      ZonedDateTime.of(2026, 10, 31, 23, 0, 0, 0, SHANGHAI).toInstant();

  record Registered(Instant receivedAt, ComplaintCase stored) { }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {2, 4})
  void nodes_registering_at_once_number_each_month_1_to_n_and_relay_every_event_once(int count)
      throws Exception {
    long started = System.nanoTime();
    // The nodes' clocks show 1 November 02:00 in Shanghai, after every received-at instant.
    Instant now = OCTOBER_LAST_HOUR.plus(Duration.ofHours(3));
    ConcurrentLinkedQueue<Registered> registered = new ConcurrentLinkedQueue<>();
    try (Cluster cluster = new Cluster("nodes_registration", count, now, SHANGHAI)) {
      cluster.startRelays();
      cluster.allAtOnce(THREADS_PER_NODE, (node, thread) -> {
        JdbcComplaints complaints = new JdbcComplaints(node.store().transactions(), node.json());
        ComplaintRegistration registration = new ComplaintRegistration(complaints,
            SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
                JdbcNumberSequences.gapless(node.store().transactions())),
            ComplaintProcedure.seed(), TestValidators.commandValidator(), node.clock());
        for (int i = 0; i < REGISTRATIONS_PER_THREAD; i++) {
          // Alternately the last hour of October and the first of November (Shanghai), a
          // different minute and microsecond for each registration.
          Instant receivedAt = OCTOBER_LAST_HOUR
              .plus(Duration.ofMinutes((i % 2) * 60L + (thread * 3L + i) % 60))
              .plusNanos(1_000L * (node.index() * 1000 + thread * 10 + i));
          RequestId requestId = RequestId.of("reg-" + node.index() + "-" + thread + "-" + i);
          ComplaintCase stored = node.store().transactions().inTransaction(c ->
              registration.register(ComplaintFixtures.registerComplaint()
                  .requestId(requestId).receivedAt(receivedAt).build()));
          registered.add(new Registered(receivedAt, stored));
        }
      });
      cluster.drainRelays();

      int total = count * THREADS_PER_NODE * REGISTRATIONS_PER_THREAD;
      assertEquals(total, registered.size());
      Set<DocumentNumber> numbers = new HashSet<>();
      Map<YearMonth, List<Long>> serials = new HashMap<>();
      for (Registered r : registered) {
        DocumentNumber n = r.stored().number();
        numbers.add(n);
        // The month as read by hand from the received-at instant in Shanghai.
        YearMonth month = YearMonth.from(r.receivedAt().atZone(SHANGHAI));
        assertEquals(SeriesId.COMPLAINTS, n.series());
        assertEquals(month.toString(), n.periodKey(), "the number's period is its month");
        assertEquals(month.atDay(1), n.periodStart());
        assertEquals(String.format(Locale.ROOT, "%02d%02d%02d", month.getYear() % 100,
            month.getMonthValue(), n.serial()), n.text(), "yyMM + serial of at least 2 digits");
        serials.computeIfAbsent(month, m -> new ArrayList<>()).add(n.serial());
      }
      assertEquals(total, numbers.size(), "every number unique");
      assertEquals(Set.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11)), serials.keySet());
      for (Map.Entry<YearMonth, List<Long>> e : serials.entrySet()) {
        List<Long> sorted = new ArrayList<>(e.getValue());
        sorted.sort(null);
        assertEquals(total / 2, sorted.size(), "half the registrations fall in each month");
        for (int i = 0; i < sorted.size(); i++) {
          assertEquals(i + 1L, sorted.get(i), e.getKey() + ": serials exactly 1 … n, no gap");
        }
      }
      assertEquals(total, cluster.count("complaint_case", "true"), "one stored case each");
      assertEquals(2, cluster.count("number_sequence",
          "series = 'COMPLAINT' AND last_serial = " + (total / 2)));

      List<OutboxEvent> delivered = cluster.assertEveryEventDeliveredOnce();
      List<DocumentNumber> announced = new ArrayList<>();
      for (OutboxEvent e : delivered) {
        if (e.event() instanceof ComplaintRegistered r) {
          announced.add(r.number());
        }
      }
      assertEquals(total, announced.size(), "one ComplaintRegistered per registration");
      assertEquals(numbers, new HashSet<>(announced));
      System.out.printf(Locale.ROOT, "[R1] registration on %d nodes: %d registrations, "
          + "%d events, delivered per node %s, %d ms%n", count, total, delivered.size(),
          cluster.deliveredByNode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
  }

}
