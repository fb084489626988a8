package org.aftersales.examples.postgres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumbering;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.service.ServiceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The JSON share of the sweeps and registrations (文档编解码耗时): microseconds to write and to
 * read back one open complaint case and one open service request with {@link AftersalesJson},
 * single thread, after warm-up, no database — the per-aggregate cost a run pays for every open
 * aggregate it pages through. // rule: CMP-19, SVC-08
 */
class JsonBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final AftersalesJson JSON = new AftersalesJson();
  private static final int COUNT = 2_000;

  private static List<ComplaintCase> complaints() {
    DocumentNumbering numbering = SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
        InMemoryNumberSequences.create());
    SplittableRandom r = new SplittableRandom(11);
    List<ComplaintCase> out = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      Instant at = LocalDateTime.of(2026, 11, 1 + r.nextInt(30), 9 + r.nextInt(9), r.nextInt(60))
          .atZone(SHANGHAI).toInstant();
      RegisterComplaint c = new RegisterComplaint(
          RequestId.of(String.format(Locale.ROOT, "bench-json-%07d", i)), at,
          Workload.intake(r, i));
      out.add(ComplaintCase.register(c, numbering.next(at), ComplaintProcedure.seed(), at)
          .state());
    }
    return out;
  }

  private static List<ServiceRequest> requests() {
    ServiceLevelPolicy levels = ServiceFixtures.seedServiceLevels();
    SplittableRandom r = new SplittableRandom(13);
    List<ServiceRequest> out = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      Instant at = LocalDateTime.of(2026, 11, 1 + r.nextInt(30), 9 + r.nextInt(9), r.nextInt(60))
          .atZone(SHANGHAI).toInstant();
      out.add(ServiceRequest.register(ServiceFixtures.registerServiceRequest().receivedAt(at)
          .customerName(Workload.customer(r)).address(Workload.address(r))
          .problem(Workload.problem(r)).build(), Entitlement.none(), levels, at).state());
    }
    return out;
  }

  private static <T> void measure(String what, List<T> values, Class<T> type) throws Exception {
    List<String> documents = values.stream().map(JSON::write).toList();
    assertEquals(values.get(0), JSON.read(documents.get(0), type));
    long bytes = documents.stream()
        .mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum() / documents.size();
    Bench.rounds(what + " (" + bytes + " bytes of JSON text), write", "µs", () -> {
      long nanos = Bench.time(() -> values.forEach(JSON::write));
      return nanos / 1e3 / values.size();
    });
    Bench.rounds(what + " (" + bytes + " bytes of JSON text), read", "µs", () -> {
      long nanos = Bench.time(() -> documents.forEach(d -> JSON.read(d, type)));
      return nanos / 1e3 / documents.size();
    });
  }

  @Test
  void an_open_complaint_case_is_written_and_read() throws Exception {
    measure("JSON of an open complaint case, 1 thread", complaints(), ComplaintCase.class);
  }

  @Test
  void an_open_service_request_is_written_and_read() throws Exception {
    measure("JSON of an open service request, 1 thread", requests(), ServiceRequest.class);
  }
}
