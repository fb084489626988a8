package org.aftersales.testkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.aftersales.core.shared.Money;
import org.aftersales.rules.numbering.NumberingScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adopter's module compiles and runs against the library on the module path, as a consumer on
 * the module path would meet it: the consumer is compiled with {@code -Xlint:all -Werror} against
 * the library's compiled modules and its run-time dependencies (Guava, Jakarta Validation), with no
 * {@code --add-modules} or {@code --add-reads}, and is then run in a module layer of its own. The
 * consumer also checks that the internal packages stay hidden.
 */
class ModulePathConsumerTest {

  private static final String CONSUMER_INFO = """
      module com.example.erp {
        requires org.aftersales.rules;
        exports com.example.erp;
      }
      """;

  private static final String CONSUMER_MAIN = """
      package com.example.erp;

      import java.math.RoundingMode;
      import org.aftersales.core.shared.Money;

      /** An ERP's first call into the library. */
      public final class Main {
        private Main() {}

        /**
         * Runs the check.
         *
         * @param args unused
         */
        public static void main(String[] args) {
          Money fee = Money.parse("CNY 100.00").dividedBy(3, RoundingMode.DOWN);
          Module core = Money.class.getModule();
          System.out.println(fee + " " + core.getName()
              + " exportsShared=" + core.isExported("org.aftersales.core.shared")
              + " exportsInternal=" + core.isExported("org.aftersales.core.internal"));
        }
      }
      """;

  @Test
  void an_adopter_module_compiles_warning_free_and_runs_on_the_module_path(@TempDir Path dir)
      throws Exception {
    Path src = dir.resolve("src/com.example.erp");
    Files.createDirectories(src.resolve("com/example/erp"));
    Files.writeString(src.resolve("module-info.java"), CONSUMER_INFO);
    Files.writeString(src.resolve("com/example/erp/Main.java"), CONSUMER_MAIN);
    Path out = dir.resolve("out");
    Files.createDirectories(out);

    String modulePath = libraryModulePath().stream().map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror",
        "--module-path", modulePath, "-d", out.toString());
    List<String> files = List.of(src.resolve("module-info.java").toString(),
        src.resolve("com/example/erp/Main.java").toString());
    boolean compiled = javac.getTask(diagnostics, null, collector, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjectsFromStrings(files)).call();
    collector.getDiagnostics().forEach(d -> diagnostics.append(d.toString()).append('\n'));
    assertTrue(compiled, () -> "the consumer did not compile cleanly:\n" + diagnostics);
    assertEquals("", diagnostics.toString().strip(), "javac printed warnings");

    List<Path> runPath = new ArrayList<>(libraryModulePath());
    runPath.add(out);
    ModuleFinder finder = ModuleFinder.of(runPath.toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("com.example.erp"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Method main = layer.findLoader("com.example.erp").loadClass("com.example.erp.Main")
        .getMethod("main", String[].class);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertEquals("CNY 33.33 org.aftersales.core exportsShared=true exportsInternal=false",
        printed.toString(StandardCharsets.UTF_8).strip());
  }

  /**
   * The library's two modules (as compiled by this build, or the jars this test was given) and the
   * jars of their run-time dependencies, found on this test's class path.
   */
  private static List<Path> libraryModulePath() throws URISyntaxException, IOException {
    List<Path> path = new ArrayList<>();
    path.add(locationOf(Money.class));
    path.add(locationOf(NumberingScheme.class));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      if (name.startsWith("guava-") || name.startsWith("failureaccess-")
          || name.startsWith("jakarta.validation-api-") || name.startsWith("jspecify-")) {
        path.add(Paths.get(entry));
      }
    }
    return path;
  }

  private static Path locationOf(Class<?> type) throws URISyntaxException {
    return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
