package org.aftersales.rules.configuration;

import static org.aftersales.rules.configuration.Offices.CNY;
import static org.aftersales.rules.configuration.Offices.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;

/**
 * docs/configurations.md against the code and the catalog: each configuration's {@code ruleIds()}
 * is exactly the table under its heading, and every rule of the catalog (docs/rules.md, which
 * lists every ID of the rule catalog) is set by a configuration or listed as set by the domain
 * model. The expected IDs come from the Markdown, never from the code under test.
 */
class ConfigurationCatalogTest {

  static final Path DOCS = Path.of(System.getProperty("aftersales.docs", "../docs"));
  static final Pattern ROW = Pattern.compile("^\\| ((?:SVC|CON|SUR|CMP|PEN)-\\d{2}) \\|");
  static final String DOMAIN_HEADING = "## Set by the domain model / not configurable";

  /** The IDs of the table rows under each "## " heading, in the order written. */
  static Map<String, List<String>> tablesByHeading(String page) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    String heading = "";
    for (String line : page.split("\n")) {
      if (line.startsWith("## ")) {
        heading = line.strip();
        tables.put(heading, new ArrayList<>());
      }
      Matcher row = ROW.matcher(line);
      if (row.find() && !heading.isEmpty()) {
        tables.get(heading).add(row.group(1));
      }
    }
    return tables;
  }

  static String read(String name) throws IOException {
    return Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8);
  }

  static List<String> texts(List<RuleId> ids) {
    List<String> texts = new ArrayList<>();
    for (RuleId id : ids) {
      texts.add(id.value());
    }
    return texts;
  }

  static Map<String, List<String>> ruleIdsByConfiguration() {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    ids.put("## ServiceOperationsConfiguration", texts(ServiceOperationsConfiguration
        .seed(SHANGHAI, CNY, Offices.shanghai()).ruleIds()));
    ids.put("## SoftwareSupportConfiguration", texts(SoftwareSupportConfiguration
        .seed(SHANGHAI, CNY, Offices.shanghai()).ruleIds()));
    ids.put("## MachineryServiceConfiguration", texts(MachineryServiceConfiguration
        .seed(SHANGHAI, CNY, Offices.shanghai()).ruleIds()));
    ids.put("## SecuritySystemsConfiguration",
        texts(SecuritySystemsConfiguration.seed(Offices.shanghai()).ruleIds()));
    ids.put("## PropertyConfiguration", texts(PropertyConfiguration.seed().ruleIds()));
    return ids;
  }

  @Test
  void each_configurations_rule_ids_are_the_table_of_its_section_sorted() throws IOException {
    // rule: every rule ID a configuration sets
    Map<String, List<String>> tables = tablesByHeading(read("configurations.md"));
    for (Map.Entry<String, List<String>> e : ruleIdsByConfiguration().entrySet()) {
      assertTrue(tables.containsKey(e.getKey()), "no section " + e.getKey());
      List<String> documented = new ArrayList<>(new TreeSet<>(tables.get(e.getKey())));
      assertEquals(tables.get(e.getKey()).size(), documented.size(),
          "a rule listed twice in " + e.getKey());
      assertEquals(documented, e.getValue(), e.getKey());
    }
  }

  @Test
  void every_rule_of_the_catalog_is_set_by_a_configuration_or_by_the_domain_model()
      throws IOException {
    // rule: every rule ID of the catalog
    Set<String> catalog = new TreeSet<>(tablesByHeading(read("rules.md")).values().stream()
        .flatMap(List::stream).toList());
    assertEquals(19 + 9 + 6 + 20 + 13, catalog.size(), "SVC, CON, SUR, CMP and PEN rules");
    Map<String, List<String>> tables = tablesByHeading(read("configurations.md"));
    Set<String> configured = new TreeSet<>();
    for (List<String> ids : ruleIdsByConfiguration().values()) {
      configured.addAll(ids);
    }
    Set<String> domain = new TreeSet<>(tables.get(DOMAIN_HEADING));
    Set<String> both = new TreeSet<>(configured);
    both.retainAll(domain);
    assertEquals(Set.of(), both, "set by a configuration and listed as set by the domain model");
    Set<String> missing = new TreeSet<>(catalog);
    missing.removeAll(configured);
    missing.removeAll(domain);
    assertEquals(Set.of(), missing, "rules in no configuration and not in the domain list");
    Set<String> unknown = new TreeSet<>(configured);
    unknown.addAll(domain);
    unknown.removeAll(catalog);
    assertEquals(Set.of(), unknown, "IDs that are not in the catalog");
  }
}
