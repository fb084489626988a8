package org.aftersales.testkit.walkthrough;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.shared.Money;

/**
 * The walkthrough (演示): one simulated month of a service department — November 2026 in
 * Shanghai, on a fixed clock — driven only through the library's public use cases over the
 * testkit's in-memory adapters, with the seed's service levels (SVC-11) on an office calendar
 * with a holiday and a make-up working day (调休), the seed's complaint procedure, penalty
 * allocation and 50 % deduction cap, and contract obligation schedule. It prints what a service
 * manager reads — the call register with SLA compliance, the complaint register, the penalty
 * ledger, the contract notices and the month's statistics — as aligned text tables, in English or
 * Chinese, and on request the same as a self-contained HTML page with a chart of SLA compliance
 * per day. Amounts are CNY with two decimals; times are month-day and hour in Shanghai.
 *
 * <p>Deterministic: no system clock, zone, locale or charset is read; the same language gives
 * the same text, and {@link #main(String[])} writes it as UTF-8, on every run and JVM.
 */
public final class Walkthrough {

  /** The language of the report's headings, column names and values. */
  public enum Language {
    /** English. */
    EN(WalkthroughText.EN),
    /** Simplified Chinese (简体中文). */
    ZH(WalkthroughText.ZH);

    private final Map<String, String> texts;

    Language(Map<String, String> texts) {
      this.texts = texts;
    }

    String text(String key) {
      String t = texts.get(key);
      if (t == null) {
        throw new IllegalStateException("no walkthrough text " + key);
      }
      return t;
    }
  }

  /** Month-day and time of day in Shanghai; digits only, so no locale enters. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm",
      Locale.ROOT).withZone(Month.SHANGHAI);

  private Walkthrough() {}

  /**
   * Runs the month and prints the report to standard output in UTF-8; with {@code --html} it
   * also writes the HTML page of {@link #html(Language)} to the named file in UTF-8.
   *
   * @param args {@code --lang en} (the default) or {@code --lang zh}, and optionally
   *     {@code --html <path>} or {@code --html=<path>} (a path relative to the working directory;
   *     {@code --html=} with nothing after it writes no page, so a build script can always pass
   *     the option); anything else prints the usage to standard error and exits with status 2
   * @throws IOException if the HTML file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Language language = Language.EN;
    String htmlPath = "";
    boolean ok = true;
    for (int i = 0; i < args.length && ok; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length
          && (args[i + 1].equals("en") || args[i + 1].equals("zh"))) {
        language = args[++i].equals("zh") ? Language.ZH : Language.EN;
      } else if (args[i].equals("--html") && i + 1 < args.length && !args[i + 1].isEmpty()) {
        htmlPath = args[++i];
      } else if (args[i].startsWith("--html=")) {
        htmlPath = args[i].substring("--html=".length());
      } else {
        ok = false;
      }
    }
    if (!ok) {
      System.err.println("usage: Walkthrough [--lang en|zh] [--html <path>]");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(report(language));
    out.flush();
    if (!htmlPath.isEmpty()) {
      // The one file the library's main code writes: this program is the walkthrough's command
      // line, not a port. The testkit's no-I/O architecture rule names this class as its one
      // exception (it also prints to standard output).
      try (PrintStream page = new PrintStream(htmlPath, StandardCharsets.UTF_8)) {
        page.print(html(language));
        if (page.checkError()) {
          throw new IOException("could not write " + htmlPath);
        }
      }
    }
  }

  /**
   * Runs the month afresh and returns the report: lines ending in {@code "\n"}, the same text
   * for the same language on every call.
   *
   * @param language the language of the report
   * @return the report text
   */
  public static String report(Language language) {
    StringBuilder out = new StringBuilder();
    out.append(language.text("title")).append('\n');
    out.append(language.text("calendar")).append("\n\n");
    List<Section> sections = sections(language, new Month().run());
    for (int i = 0; i < sections.size(); i++) {
      out.append(sections.get(i).heading()).append('\n').append(sections.get(i).table().render());
      if (i < sections.size() - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Runs the month afresh and returns the same report as a self-contained HTML page: the five
   * tables and one inline SVG chart of SLA compliance per day on which calls were received, with
   * no script and no reference to any other file, font or address. The same text for the same
   * language on every call; write it as UTF-8 (the page declares that charset).
   *
   * @param language the language of the page ({@code lang="en"} or {@code lang="zh-CN"})
   * @return the page, lines ending in {@code "\n"}
   */
  public static String html(Language language) {
    Month.Result month = new Month().run();
    return WalkthroughHtml.page(language.text("html.lang"), language.text("title"),
        language.text("calendar"), sections(language, month), language.text("chart.heading"),
        compliancePerDay(month));
  }

  /** One table of the report under its heading. */
  record Section(String heading, TextTable table) {}

  /**
   * SLA compliance of the calls received on one day (Shanghai): how many of them were on site
   * within the SLA, out of how many.
   */
  record DayCompliance(LocalDate day, int met, int calls) {}

  /** Per day on which calls were received (Shanghai date), in date order. */
  static List<DayCompliance> compliancePerDay(Month.Result month) {
    Map<LocalDate, int[]> days = new TreeMap<>();
    for (Month.Call c : month.calls()) {
      int[] counts = days.computeIfAbsent(
          c.request().receivedAt().atZone(Month.SHANGHAI).toLocalDate(), d -> new int[2]);
      counts[0] += c.breached() ? 0 : 1;
      counts[1]++;
    }
    List<DayCompliance> out = new ArrayList<>();
    days.forEach((day, counts) -> out.add(new DayCompliance(day, counts[0], counts[1])));
    return out;
  }

  /** The five tables of the report, in order, from one run of the month. */
  private static List<Section> sections(Language language, Month.Result month) {
    List<Section> sections = new ArrayList<>();
    TextTable calls = new TextTable(List.of(language.text("col.number"),
        language.text("col.customer"), language.text("col.zone"),
        language.text("col.received"), language.text("col.due"), language.text("col.onsite"),
        language.text("col.sla"), language.text("col.escalations"),
        language.text("col.status")));
    int met = 0;
    int workshop = 0;
    for (Month.Call c : month.calls()) {
      ServiceRequest r = c.request();
      met += c.breached() ? 0 : 1;
      workshop += r.workshopIntake().isPresent() ? 1 : 0;
      calls.row(r.id().value(), r.customerName(), language.text("zone." + r.zone().code()),
          WHEN.format(r.receivedAt()), r.arrivalDue().map(WHEN::format).orElse("-"),
          c.onSite().map(WHEN::format).orElse("-"),
          language.text(c.breached() ? "sla.breached" : "sla.met"),
          Integer.toString(c.escalations()),
          language.text("status." + r.status().name()));
    }
    sections.add(new Section(language.text("calls.heading"), calls));

    TextTable register = new TextTable(List.of(language.text("col.complaint"),
        language.text("col.customer"), language.text("col.received"),
        language.text("col.status"), language.text("col.step"), language.text("col.urged")));
    long urges = 0;
    for (Month.Complaint c : month.complaints()) {
      ComplaintCase k = c.complaint();
      List<RoutingEntry> entries = k.routing().entries();
      RoutingEntry last = entries.get(entries.size() - 1);
      urges += c.reminders().stream().filter(n -> n.kind() == NoticeKind.URGE).count();
      register.row(k.number().text(), k.customerName(), WHEN.format(k.receivedAt()),
          language.text("complaint." + k.status().name()),
          language.text("step." + last.step().code())
              + language.text(last.isOpen() ? "entry.open" : "entry.done"),
          c.reminders().isEmpty() ? "-" : String.join(", ", c.reminders().stream()
              .map(n -> language.text("step." + n.parameters().get("milestone"))
                  + " " + WHEN.format(n.occurredAt()))
              .toList()));
    }
    sections.add(new Section(language.text("complaints.heading"), register));

    TextTable ledger = new TextTable(List.of(language.text("col.person"),
        language.text("col.unit"), language.text("col.points"), language.text("col.assessed"),
        language.text("col.bonus"), language.text("col.cap"), language.text("col.deducted"),
        language.text("col.carried")));
    BigDecimal deducted = BigDecimal.ZERO;
    BigDecimal carried = BigDecimal.ZERO;
    for (Month.Penalty p : month.penalties()) {
      MonthlyStatement st = p.statement();
      deducted = deducted.add(st.deducted().amount());
      carried = carried.add(st.outstandingAfter().amount());
      ledger.row(p.person().value(), p.unit(),
          p.basePoints().map(b -> b.value().toPlainString()).orElse("-"),
          yuan(st.newlyAssessed()), yuan(st.bonus()), yuan(st.cap()), yuan(st.deducted()),
          yuan(st.outstandingAfter()));
    }
    sections.add(new Section(language.text("penalties.heading"), ledger));

    TextTable notices = new TextTable(List.of(language.text("col.contract"),
        language.text("col.obligation"), language.text("col.notice"), language.text("col.to"),
        language.text("col.issued")));
    for (Notice n : month.contractNotices()) {
      String step = n.key().step();
      notices.row(Month.CONTRACT.value(),
          language.text("obligation." + step.substring(0, step.indexOf('.'))),
          language.text("notice." + n.kind().code()), language.text(n.recipient().text()),
          WHEN.format(n.occurredAt()));
    }
    sections.add(new Section(language.text("contracts.heading"), notices));

    int total = month.calls().size();
    TextTable stats = new TextTable(List.of(language.text("col.figure"),
        language.text("col.value")))
        .row(language.text("stat.calls"), Integer.toString(total))
        .row(language.text("stat.met"), Integer.toString(met))
        .row(language.text("stat.compliance"), percent(met, total))
        .row(language.text("stat.workshop"), Integer.toString(workshop))
        .row(language.text("stat.warnings"), Long.toString(month.warnings()))
        .row(language.text("stat.breaches"), Long.toString(month.breaches()))
        .row(language.text("stat.escalations"), Long.toString(month.escalations()))
        .row(language.text("stat.complaints"), Integer.toString(month.complaints().size()))
        .row(language.text("stat.urges"), Long.toString(urges))
        .row(language.text("stat.deducted"), deducted.setScale(2, RoundingMode.UNNECESSARY)
            .toPlainString())
        .row(language.text("stat.carried"), carried.setScale(2, RoundingMode.UNNECESSARY)
            .toPlainString())
        .row(language.text("stat.contractNotices"),
            Integer.toString(month.contractNotices().size()));
    sections.add(new Section(language.text("stats.heading"), stats));
    return sections;
  }

  /** The amount with its two decimals, digits only (the ledger is all in CNY). */
  private static String yuan(Money money) {
    return money.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** {@code part / whole} as a percentage with one decimal, rounded half up; integers only. */
  static String percent(int part, int whole) {
    if (whole == 0) {
      return "-";
    }
    long tenths = (part * 1000L * 2 + whole) / (whole * 2L);
    return (tenths / 10) + "." + (tenths % 10) + " %";
  }
}
