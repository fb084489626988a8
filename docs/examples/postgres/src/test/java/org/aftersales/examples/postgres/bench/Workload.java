package org.aftersales.examples.postgres.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.testkit.complaint.ComplaintFixtures;

/**
 * Fresh, varied content of realistic length for the benchmarks (every call a new value, never one
 * repeated row): customer names, descriptions, orders, parts and quantities of complaint intake
 * forms built with the testkit's {@link ComplaintFixtures#intake()} builder, and the texts of
 * service calls. Texts are Chinese with Latin part numbers, 10 to 120 characters, as a sales
 * clerk writes them (the testkit's arbitraries go to the fields' limits, 4 000 characters, which
 * is a stress case, not a workload).
 */
final class Workload {

  private static final List<String> CITIES = List.of("上海", "苏州", "无锡", "杭州", "宁波",
      "南京", "深圳", "东莞", "佛山", "天津", "青岛", "成都", "武汉", "重庆", "合肥", "厦门");
  private static final List<String> TRADES = List.of("精密电子", "汽车零部件", "通信设备",
      "医疗器械", "家电", "工业控制", "新能源", "光电", "仪器仪表", "智能装备");
  private static final List<String> DEFECTS = List.of("阻焊层脱落", "焊点虚焊", "孔铜偏薄",
      "板面划伤", "线路短路", "开路", "翘曲超标", "丝印模糊", "阻抗不符", "镀金层氧化",
      "尺寸超差", "分层起泡");
  private static final List<String> DEMANDS = List.of("不良品全部退货并补货",
      "不良品退货，其余折让", "派员到厂挑选，费用由供方承担", "折让处理，不退货",
      "提供8D报告并补货");
  private static final List<ServiceChannel> CHANNELS = List.of(ServiceChannel.values());
  private static final List<ServiceZone> CITY_ZONES = List.of(ServiceZone.CITY,
      ServiceZone.SUBURB, ServiceZone.RING_ROAD_1, ServiceZone.RING_ROAD_2,
      ServiceZone.REST_OF_CITY);

  private Workload() {}

  static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** A customer's name, e.g. {@code 苏州精密电子有限公司（第0417厂）}. */
  static String customer(SplittableRandom random) {
    return pick(random, CITIES) + pick(random, TRADES) + "有限公司（第"
        + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)) + "厂）";
  }

  /**
   * A complaint's intake form (CMP-02) with a loss, numbered {@code n} among the run's forms:
   * domestic (four in five) or overseas, serious one in ten, 1 to 20 000 pieces delivered, some
   * defective, the demanded return undetermined (one in four) or up to the defective quantity.
   */
  static ComplaintIntake intake(SplittableRandom random, long n) {
    long delivered = 1 + random.nextInt(20_000);
    long defective = 1 + random.nextLong(delivered);
    String defect = pick(random, DEFECTS);
    int batch = 1_000 + random.nextInt(9_000);
    String part = String.format(Locale.ROOT, "PCB-%04d-%c", random.nextInt(10_000),
        (char) ('A' + random.nextInt(6)));
    String description = "批次" + batch + "（料号" + part + "）" + defect + "：出货" + delivered
        + "片，其中" + defective + "片不良，客户来料检验时发现，已隔离待处理。第" + n + "号来函。";
    DemandedReturn demandedReturn = random.nextInt(4) == 0 ? DemandedReturn.undeterminedYet()
        : DemandedReturn.of(random.nextLong(defective + 1));
    return ComplaintFixtures.intake()
        .customerName(customer(random))
        .description(description)
        .orderNumber(String.format(Locale.ROOT, "PO-2026-%06d", n))
        .partNumber(part)
        .deliveredQuantity(delivered)
        .shipDate(LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60)))
        .defectiveQuantity(defective)
        .demand(pick(random, DEMANDS))
        .demandedReturn(demandedReturn)
        .market(random.nextInt(5) == 0 ? ServiceZone.OVERSEAS : ServiceZone.DOMESTIC)
        .severity(random.nextInt(10) == 0 ? ComplaintSeverity.SERIOUS : ComplaintSeverity.GENERAL)
        .causedLoss(true)
        .build();
  }

  /** A service call's address, e.g. {@code 上海市浦东新区张江路1288号3号楼}. */
  static String address(SplittableRandom random) {
    return pick(random, CITIES) + "市" + pick(random, List.of("浦东新区", "高新区", "工业园区",
        "经济开发区", "滨江区")) + pick(random, List.of("张江路", "星湖街", "科技大道", "长江路",
        "金桥路")) + (1 + random.nextInt(2_000)) + "号" + (1 + random.nextInt(12)) + "号楼";
  }

  /** A machine's problem as the caller describes it. */
  static String problem(SplittableRandom random) {
    return pick(random, List.of("主轴异响后停机", "液压系统漏油", "数控系统报警E" + random.nextInt(999),
        "X轴定位偏差超过0.05mm", "冷却泵不启动", "刀库换刀卡滞", "伺服电机过热报警"))
        + "，" + pick(random, List.of("已停线等待", "可降速运行", "影响交期，请尽快派人",
        "夜班发现，早班报修"));
  }

  /** A product model, e.g. {@code CNC-450}. */
  static String model(SplittableRandom random) {
    return pick(random, List.of("CNC-450", "CNC-650", "VMC-850", "HMC-630", "LTH-200"));
  }

  /** A channel the call came by. */
  static ServiceChannel channel(SplittableRandom random) {
    return pick(random, CHANNELS);
  }

  /** A zone around the city office (SVC-11's arrival budgets differ by zone). */
  static ServiceZone zone(SplittableRandom random) {
    return pick(random, CITY_ZONES);
  }

  /** A phone number. */
  static String phone(SplittableRandom random) {
    return String.format(Locale.ROOT, "021-%04d %04d", random.nextInt(10_000),
        random.nextInt(10_000));
  }
}
