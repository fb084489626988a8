package org.aftersales.testkit.walkthrough;

import java.util.List;
import java.util.Locale;
import org.aftersales.testkit.walkthrough.Walkthrough.DayCompliance;
import org.aftersales.testkit.walkthrough.Walkthrough.Section;

/**
 * The walkthrough's report as one self-contained HTML page: the same tables as the text report
 * and an inline SVG bar chart of SLA compliance per day. Nothing is loaded from anywhere — no
 * script, no image, no style sheet, no web font; the font-family stack names the CJK fonts a
 * reader's system is likely to have (Noto Sans CJK SC on Linux, PingFang SC on macOS, Microsoft
 * YaHei on Windows) so Chinese text renders without a download. The markup is also well-formed
 * XML (every element closed, every text escaped), so a test can parse it with the JDK's parser.
 * The SVG has no {@code xmlns}: inside an HTML page the parser puts it in the SVG namespace
 * itself, and leaving it out keeps the page free of any address.
 */
final class WalkthroughHtml {

  /** Plot area of the chart, in SVG user units (pixels). */
  static final int BAR_WIDTH = 40;
  static final int SLOT = 80;
  static final int LEFT = 60;
  static final int BASELINE = 200;
  /** Height of a bar at 100 %; a day's bar is {@code met * FULL / calls}, integer division. */
  static final int FULL = 160;

  private static final String FONTS = "\"Noto Sans CJK SC\", \"Noto Sans SC\","
      + " \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

  private WalkthroughHtml() {}

  /** The whole page; lines end in {@code "\n"}. */
  static String page(String lang, String title, String calendar, List<Section> sections,
      String chartHeading, List<DayCompliance> days) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n");
    out.append("<html lang=\"").append(escape(lang)).append("\">\n");
    out.append("<head>\n<meta charset=\"utf-8\"/>\n");
    out.append("<title>").append(escape(title)).append("</title>\n");
    out.append("<style>\n")
        .append("body { font-family: ").append(FONTS).append("; margin: 2em; color: #222; }\n")
        .append("table { border-collapse: collapse; margin-bottom: 1.5em; }\n")
        .append("th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; text-align: left;"
            + " white-space: nowrap; }\n")
        .append("th { background: #eee; }\n")
        .append("svg text { font-family: ").append(FONTS).append("; font-size: 13px; }\n")
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape(title)).append("</h1>\n");
    out.append("<p>").append(escape(calendar)).append("</p>\n");
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      out.append("<h2>").append(escape(s.heading())).append("</h2>\n");
      out.append(table(s.table()));
      if (i == 0) {
        // The chart follows the call register it summarises.
        out.append("<h2>").append(escape(chartHeading)).append("</h2>\n");
        out.append(chart(chartHeading, days));
      }
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** One table: the header in {@code thead}, the rows in {@code tbody}, every cell escaped. */
  static String table(TextTable table) {
    StringBuilder out = new StringBuilder("<table>\n<thead>\n<tr>");
    for (String h : table.header()) {
      out.append("<th>").append(escape(h)).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      out.append("<tr>");
      for (String cell : row) {
        out.append("<td>").append(escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /**
   * The bar chart: one {@code rect class="bar"} per day, {@code met * FULL / calls} units high
   * on a common baseline, labelled with the day (MM-dd) under it and the percentage over it.
   */
  static String chart(String label, List<DayCompliance> days) {
    int width = LEFT + SLOT * days.size() + 20;
    int height = BASELINE + 40;
    StringBuilder out = new StringBuilder();
    out.append("<svg width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n");
    // Axis: 0 % at the baseline, 100 % at the top of the plot.
    out.append("<line x1=\"").append(LEFT - 10).append("\" y1=\"").append(BASELINE)
        .append("\" x2=\"").append(width - 10).append("\" y2=\"").append(BASELINE)
        .append("\" stroke=\"#555\"/>\n");
    out.append("<text x=\"").append(LEFT - 14).append("\" y=\"").append(BASELINE)
        .append("\" text-anchor=\"end\">0 %</text>\n");
    out.append("<text x=\"").append(LEFT - 14).append("\" y=\"").append(BASELINE - FULL)
        .append("\" text-anchor=\"end\">100 %</text>\n");
    for (int i = 0; i < days.size(); i++) {
      DayCompliance d = days.get(i);
      int h = d.met() * FULL / d.calls();
      int x = LEFT + SLOT * i + (SLOT - BAR_WIDTH) / 2;
      int centre = x + BAR_WIDTH / 2;
      String day = String.format(Locale.ROOT, "%02d-%02d", d.day().getMonthValue(),
          d.day().getDayOfMonth());
      String percent = Walkthrough.percent(d.met(), d.calls());
      out.append("<rect class=\"bar\" data-day=\"").append(day).append("\" data-met=\"")
          .append(d.met()).append("\" data-calls=\"").append(d.calls()).append("\" x=\"")
          .append(x).append("\" y=\"").append(BASELINE - h).append("\" width=\"")
          .append(BAR_WIDTH).append("\" height=\"").append(h).append("\" fill=\"#3a7bd5\">")
          .append("<title>").append(day).append(": ").append(d.met()).append('/')
          .append(d.calls()).append(", ").append(percent).append("</title></rect>\n");
      out.append("<text x=\"").append(centre).append("\" y=\"").append(BASELINE - h - 6)
          .append("\" text-anchor=\"middle\">").append(escape(percent)).append("</text>\n");
      out.append("<text x=\"").append(centre).append("\" y=\"").append(BASELINE + 18)
          .append("\" text-anchor=\"middle\">").append(day).append("</text>\n");
    }
    return out.append("</svg>\n").toString();
  }

  /** Text for an element or a double- or single-quoted attribute: the five XML specials. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
