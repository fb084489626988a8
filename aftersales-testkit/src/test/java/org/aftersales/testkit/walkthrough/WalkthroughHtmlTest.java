package org.aftersales.testkit.walkthrough;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aftersales.testkit.walkthrough.Walkthrough.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The walkthrough's HTML page, parsed with the JDK's XML parser (the page is XHTML-compatible
 * markup) and read back against the text report and against the month's SLA figures worked out
 * by hand (SVC-11: on site within 6 working hours in the city, 7 in the suburbs).
 */
@Tag("SVC-11")
class WalkthroughHtmlTest {

  @Test
  void the_page_declares_its_charset_and_language_and_is_well_formed() throws Exception {
    for (Language language : Language.values()) {
      String html = Walkthrough.html(language);
      assertTrue(html.startsWith("<!DOCTYPE html>\n"), language.name());
      Document doc = parse(html);
      Element root = doc.getDocumentElement();
      assertEquals("html", root.getTagName());
      assertEquals(language == Language.ZH ? "zh-CN" : "en", root.getAttribute("lang"));
      Element meta = (Element) doc.getElementsByTagName("meta").item(0);
      assertEquals("utf-8", meta.getAttribute("charset"));
      String style = doc.getElementsByTagName("style").item(0).getTextContent();
      assertTrue(style.contains("\"Noto Sans CJK SC\", \"Noto Sans SC\""), style);
      assertTrue(style.contains("sans-serif"), style);
    }
  }

  // Every header and every row of each of the text report's five tables is a row of the page's
  // table at the same position, cell for cell.
  @Test
  void every_table_row_of_the_text_report_is_a_row_of_the_page_in_both_languages()
      throws Exception {
    for (Language language : Language.values()) {
      List<List<List<String>>> text = textTables(Walkthrough.report(language));
      NodeList tables = parse(Walkthrough.html(language)).getElementsByTagName("table");
      assertEquals(5, text.size(), language.name());
      assertEquals(5, tables.getLength(), language.name());
      for (int t = 0; t < 5; t++) {
        assertEquals(text.get(t), htmlTable((Element) tables.item(t)), language + " table " + t);
      }
    }
  }

  // Text is escaped: a cell that tries to close the table and open a script stays one cell's
  // text, and the report's own "R&D" parses back as written.
  @Test
  void text_with_markup_in_it_cannot_break_out_of_its_cell() throws Exception {
    String hostile = "</td></tr></table><script>alert('x')</script> & \"q\"";
    String html = WalkthroughHtml.table(new TextTable(List.of("R&D <h>")).row(hostile));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    Document doc = parse(html);
    assertEquals(1, doc.getElementsByTagName("td").getLength());
    assertEquals(hostile, doc.getElementsByTagName("td").item(0).getTextContent());
    assertEquals("R&D <h>", doc.getElementsByTagName("th").item(0).getTextContent());
    assertEquals(0, doc.getElementsByTagName("script").getLength());
  }

  // Self-contained: nothing to fetch — no address, no src attribute, no script, no link.
  @Test
  void the_page_refers_to_nothing_outside_itself() {
    for (Language language : Language.values()) {
      String html = Walkthrough.html(language).toLowerCase(Locale.ROOT);
      for (String forbidden : List.of("http", "src=", "<script", "<link", "url(", "@import",
          "@font-face")) {
        assertFalse(html.contains(forbidden), language + ": " + forbidden);
      }
    }
  }

  // rule: SVC-11 — the calls by the day received (Shanghai): 2 Nov SR-2611-001 met (1/1),
  // 10 Nov SR-2611-002 breached (0/1: due 17:30, on site 11 Nov 10:00), 19 Nov SR-2611-003 met
  // (1/1: due on the make-up Sunday 14:30, there at 11:00), 23 Nov SR-2611-004 met (1/1). Bars
  // are 160 units at 100 %: 1 × 160 / 1 = 160, 0 × 160 / 1 = 0; each top is 200 − height.
  @Test
  void the_chart_has_one_bar_per_day_with_calls_at_that_days_compliance() throws Exception {
    String[][] expected = {
        {"11-02", "1", "1", "160", "40", "100.0 %"},
        {"11-10", "0", "1", "0", "200", "0.0 %"},
        {"11-19", "1", "1", "160", "40", "100.0 %"},
        {"11-23", "1", "1", "160", "40", "100.0 %"}};
    for (Language language : Language.values()) {
      Document doc = parse(Walkthrough.html(language));
      assertEquals(1, doc.getElementsByTagName("svg").getLength(), language.name());
      NodeList rects = doc.getElementsByTagName("rect");
      assertEquals(expected.length, rects.getLength(), language.name());
      List<String> labels = new ArrayList<>();
      NodeList texts = doc.getElementsByTagName("text");
      for (int i = 0; i < texts.getLength(); i++) {
        labels.add(texts.item(i).getTextContent());
      }
      for (int i = 0; i < expected.length; i++) {
        Element bar = (Element) rects.item(i);
        String[] e = expected[i];
        assertEquals("bar", bar.getAttribute("class"));
        assertEquals(e[0], bar.getAttribute("data-day"), language + " bar " + i);
        assertEquals(e[1], bar.getAttribute("data-met"), e[0]);
        assertEquals(e[2], bar.getAttribute("data-calls"), e[0]);
        assertEquals(e[3], bar.getAttribute("height"), e[0]);
        assertEquals(e[4], bar.getAttribute("y"), e[0]);
        assertTrue(labels.contains(e[0]), e[0]);
      }
      // Three days at 100.0 % and one at 0.0 %, plus the axis labels "0 %" and "100 %".
      assertEquals(3, labels.stream().filter("100.0 %"::equals).count());
      assertEquals(1, labels.stream().filter("0.0 %"::equals).count());
    }
  }

  @Test
  void two_runs_in_the_same_language_give_the_same_bytes() {
    for (Language language : Language.values()) {
      assertArrayEquals(Walkthrough.html(language).getBytes(StandardCharsets.UTF_8),
          Walkthrough.html(language).getBytes(StandardCharsets.UTF_8), language.name());
    }
  }

  @Test
  void the_command_line_writes_the_page_as_utf_8_to_the_named_file(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("walkthrough.html");
    Path en = dir.resolve("en.html");
    // The text report still goes to standard output; keep it out of the build's log.
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Walkthrough.main(new String[] {"--lang", "zh", "--html", page.toString()});
      Walkthrough.main(new String[] {"--html=" + en, "--lang", "en"});
    } finally {
      System.setOut(console);
    }
    assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(
        Walkthrough.report(Language.ZH)), "the text report is printed as before");
    byte[] written = Files.readAllBytes(page);
    assertArrayEquals(Walkthrough.html(Language.ZH).getBytes(StandardCharsets.UTF_8), written);
    assertTrue(new String(written, StandardCharsets.UTF_8).contains("<td>超时</td>"));
    assertTrue(new String(Files.readAllBytes(en), StandardCharsets.UTF_8)
        .contains("<html lang=\"en\">"));
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The page has no external entities; refuse them anyway so the parse cannot reach out.
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  /** A page table as its header row followed by its body rows, cell texts in order. */
  private static List<List<String>> htmlTable(Element table) {
    List<List<String>> rows = new ArrayList<>();
    NodeList trs = table.getElementsByTagName("tr");
    for (int r = 0; r < trs.getLength(); r++) {
      Element tr = (Element) trs.item(r);
      NodeList cells = tr.getElementsByTagName(r == 0 ? "th" : "td");
      List<String> row = new ArrayList<>();
      for (int c = 0; c < cells.getLength(); c++) {
        row.add(cells.item(c).getTextContent());
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * The text report's tables (a heading line, the header, a rule of dashes, the rows), each as
   * header and rows split into cells at runs of two or more spaces (no cell has two spaces).
   */
  private static List<List<List<String>>> textTables(String report) {
    List<List<List<String>>> out = new ArrayList<>();
    for (String block : report.split("\n\n")) {
      List<String> lines = List.of(block.split("\n"));
      if (lines.size() > 2 && lines.get(2).startsWith("-")) {
        List<List<String>> table = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
          if (!line.startsWith("-")) {
            table.add(Arrays.asList(line.strip().split(" {2,}")));
          }
        }
        out.add(table);
      }
    }
    return out;
  }
}
