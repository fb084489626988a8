package org.aftersales.examples.postgres.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ContractFile;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.shared.Version;
import org.aftersales.examples.postgres.json.AftersalesJson;
import org.aftersales.testkit.contract.ContractArbitraries;
import org.aftersales.testkit.contract.ContractFixtures;

/**
 * The document each repository writes reads back equal, for the testkit's arbitraries of every
 * aggregate of the contract family and the later states their change methods reach: accepted and
 * delivered sales, handovers with some or every document and completed, backup obligations with
 * backups (Chinese text, microseconds, zones other than Shanghai). The version is not in the
 * document (the row's column holds it), so what is compared is the value at the version it was
 * written with.
 */
class ContractDocumentsProperties {

  private static final AftersalesJson JSON = new AftersalesJson();

  private static <V> V roundTrip(DocumentTable.Codec<V> codec, V value) {
    return codec.read(JSON, codec.write(JSON, value));
  }

  @Property(tries = 200)
  void a_contract_file_reads_back_equal( // rule: CON-01
      @ForAll("files") ContractFile file) {
    assertEquals(file, roundTrip(JdbcContracts.CODEC, file).withVersion(file.version()));
  }

  @Provide
  Arbitrary<ContractFile> files() {
    return ContractArbitraries.serviceContracts().map(ContractFile::open);
  }

  @Property(tries = 200)
  void a_change_record_reads_back_equal( // rule: CON-07
      @ForAll("changes") ChangeRecord change) {
    assertEquals(change, roundTrip(JdbcChangeRecords.CODEC, change).withVersion(change.version()));
  }

  @Provide
  Arbitrary<ChangeRecord> changes() {
    return ContractArbitraries.changeRecords();
  }

  @Property(tries = 300)
  void a_property_sale_reads_back_equal_before_and_after_acceptance_and_delivery( // rule: CON-09
      @ForAll("sales") PropertySale sale) {
    PropertySale read = roundTrip(JdbcPropertySales.CODEC, sale).withVersion(sale.version());
    assertEquals(sale, read);
    assertEquals(sale.reminders(), read.reminders());
  }

  @Provide
  Arbitrary<PropertySale> sales() {
    return Combinators.combine(ContractArbitraries.propertySales(), ContractArbitraries.days(),
            ContractArbitraries.days(), Arbitraries.integers().between(0, 2))
        .as((sale, accepted, delivered, step) -> {
          PropertySale s = sale;
          if (step >= 1) {
            s = s.completionAccepted(accepted);
          }
          if (step >= 2) {
            s = s.delivered(delivered);
          }
          return s.withVersion(Version.of(1 + step));
        });
  }

  @Property(tries = 300)
  void a_handover_reads_back_equal_open_documented_and_completed( // rule: CON-03
      @ForAll("handovers") ProjectHandover handover) {
    assertEquals(handover,
        roundTrip(JdbcProjectHandovers.CODEC, handover).withVersion(handover.version()));
  }

  @Provide
  Arbitrary<ProjectHandover> handovers() {
    List<HandoverItem> every = ContractFixtures.everyHandoverDocument();
    return Combinators.combine(ContractArbitraries.handovers(),
            Arbitraries.integers().between(0, every.size() + 1),
            ContractArbitraries.shanghaiInstants())
        .as((handover, recorded, completedAt) -> {
          ProjectHandover h = handover;
          for (HandoverItem item : every.subList(0, Math.min(recorded, every.size()))) {
            h = h.record(item);
          }
          return recorded > every.size() ? h.complete(completedAt, ContractFixtures.MANAGER) : h;
        });
  }

  @Property(tries = 200)
  void a_backup_obligation_reads_back_equal_with_its_zone_terms_and_backups( // rule: CON-08
      @ForAll("obligations") BackupObligation obligation) {
    assertEquals(obligation,
        roundTrip(JdbcBackups.CODEC, obligation).withVersion(obligation.version()));
  }

  @Provide
  Arbitrary<BackupObligation> obligations() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Asia/Shanghai"),
        ZoneId.of("Asia/Urumqi"), ZoneId.of("Asia/Hong_Kong"), ZoneId.of("UTC"));
    Arbitrary<BackupTerms> terms = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(BackupTerms.seed())),
        net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 72))
            .as((months, days, hours) -> new BackupTerms(Period.ofMonths(months),
                Period.ofDays(days), Duration.ofHours(hours)))));
    Arbitrary<BackupRecord> backups = Combinators.combine(
            ContractArbitraries.shanghaiInstants(), Arbitraries.of("订单数据库", "应用服务器", "db"),
            Arbitraries.integers().between(1, 9999))
        .as((Instant at, String what, Integer n) -> BackupRecord.of(at, what,
            "NAS-1/备份/" + n));
    return Combinators.combine(Arbitraries.integers().between(1, 999_999), zones, terms,
            backups.list().ofMaxSize(5))
        .as((n, zone, t, records) -> {
          BackupObligation o = BackupObligation.of(ProjectId.of("XM-" + n), zone, t);
          for (BackupRecord r : records) {
            o = o.record(r);
          }
          return o;
        });
  }
}
