package org.aftersales.testkit.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds and runs an adopter's program against the library's published jars, the way an adopter's
 * own build would: javac from {@link ToolProvider#getSystemJavaCompiler()}, then a separate
 * {@code java} process started from this JVM's {@code java.home}, with nothing on its class or
 * module path but the consumer's classes and the jars below, and no extra options.
 *
 * <h2>Where the jars come from</h2>
 * The testkit's pom writes, before the tests run, the list an adopter's Maven would resolve for a
 * dependency on {@code aftersales-testkit}: {@code maven-dependency-plugin:build-classpath} with
 * {@code includeScope=runtime} (compile and runtime scope, transitively; {@code provided} such as
 * Immutables and {@code test} scope excluded; optional dependencies of dependencies are dropped by
 * Maven's resolution as they are for an adopter) into the file named by the system property
 * {@code aftersales.consumer.dependencies}. In the reactor of {@code mvn verify} core's and rules'
 * entries are their packaged jars. The testkit's own jar ({@code aftersales.testkit.jar}) exists
 * from the {@code package} phase on, which is why these tests run in the {@code integration-test}
 * phase (Surefire execution {@code consumer-builds}).
 */
final class ConsumerBuild {

  /** What the consumer's compilation and run produced. */
  record Outcome(List<String> warnings, String output) {}

  private static final String CONSUMER_SOURCES = "aftersales.consumer.sources";
  private static final String DEPENDENCIES = "aftersales.consumer.dependencies";
  private static final String TESTKIT_JAR = "aftersales.testkit.jar";

  private ConsumerBuild() {}

  /**
   * The jars an adopter of the testkit gets: the testkit's jar and what Maven resolves for it.
   *
   * @return the jars, each an existing file
   */
  static List<Path> adopterJars() {
    List<Path> jars = new ArrayList<>();
    jars.add(Path.of(required(TESTKIT_JAR)));
    try {
      for (String entry : Files.readString(Path.of(required(DEPENDENCIES)), StandardCharsets.UTF_8)
          .strip().split(java.io.File.pathSeparator)) {
        jars.add(Path.of(entry));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path jar : jars) {
      assertTrue(Files.isRegularFile(jar) && jar.getFileName().toString().endsWith(".jar"),
          () -> jar + " is not a packaged jar: run the build up to the integration-test phase");
    }
    return jars;
  }

  /**
   * The library's own jars among {@code jars}.
   *
   * @param jars the adopter's jars
   * @return core's, rules' and the testkit's jar
   */
  static List<Path> libraryJars(List<Path> jars) {
    return jars.stream().filter(jar -> jar.getFileName().toString().startsWith("aftersales-"))
        .collect(Collectors.toList());
  }

  /**
   * Compiles the consumer's sources (with {@code module-info.java} when on the module path) plus
   * a generated class naming every public type of the library's exported packages, then runs
   * {@code com.example.erp.Main}.
   *
   * @param work an empty directory
   * @param modulePath whether the consumer is a module on the module path
   * @param werror whether to pass {@code -Werror} (see {@code ConsumerBuildTest.PENDING_WARNINGS})
   * @return javac's warnings (English) and what the program printed on standard output
   */
  static Outcome compileAndRun(Path work, boolean modulePath, boolean werror)
      throws IOException, InterruptedException {
    List<Path> jars = adopterJars();
    Path src = work.resolve("src");
    Path classes = work.resolve("classes");
    Path sources = Path.of(System.getProperty(CONSUMER_SOURCES, "src/test/consumer"));
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path target = src.resolve(sources.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Files.writeString(src.resolve("com/example/erp/AllPublicTypes.java"),
        allPublicTypesSource(jars), StandardCharsets.UTF_8);
    if (!modulePath) {
      Files.delete(src.resolve("module-info.java"));
    }
    Files.createDirectories(classes);

    String path = join(jars);
    List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all"));
    if (werror) {
      options.add("-Werror");
    }
    options.addAll(List.of(modulePath ? "--module-path" : "--class-path", path,
        "-d", classes.toString()));
    List<String> warnings = compile(src, options);

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Other JVM defaults than the build's: the program must not depend on them.
        "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=zh", "-Duser.country=CN"));
    if (modulePath) {
      command.addAll(List.of("--module-path", classes + java.io.File.pathSeparator + path,
          "--module", "com.example.erp/com.example.erp.Main"));
    } else {
      command.addAll(List.of("--class-path", classes + java.io.File.pathSeparator + path,
          "com.example.erp.Main"));
    }
    return new Outcome(warnings, run(command, work));
  }

  private static List<String> compile(Path src, List<String> options) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(src)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
    }
    boolean compiled;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      compiled = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
    }
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = d.getMessage(Locale.ENGLISH);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.toString());
      } else {
        warnings.add((d.getSource() == null ? "" : d.getSource().getName() + ": ") + text);
      }
    }
    if (!compiled) {
      fail("the consumer did not compile:\n" + String.join("\n", errors) + "\nwarnings:\n"
          + String.join("\n", warnings));
    }
    return warnings;
  }

  private static String run(List<String> command, Path work)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(work.toFile()).start();
    CompletableFuture<String> out = readAsync(process.getInputStream());
    CompletableFuture<String> err = readAsync(process.getErrorStream());
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the consumer did not finish within 120 s: " + command);
    }
    if (process.exitValue() != 0) {
      fail("the consumer exited with " + process.exitValue() + ":\n" + out.join() + "\n"
          + err.join());
    }
    return out.join();
  }

  private static CompletableFuture<String> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * A class literal for every public type (top-level and nested) of every package the library's
   * module descriptors export, so that javac reads each of their class files — with whatever
   * annotations they carry — as any adopter's code eventually does.
   */
  private static String allPublicTypesSource(List<Path> jars) throws IOException {
    Set<String> names = new TreeSet<>();
    URL[] urls = jars.stream().map(ConsumerBuild::url).toArray(URL[]::new);
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      for (Path jar : libraryJars(jars)) {
        Set<String> exported = exportedPackages(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
          for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
            String entry = e.nextElement().getName();
            if (!entry.endsWith(".class") || entry.contains("$") || entry.contains("-info")) {
              continue;
            }
            String className = entry.substring(0, entry.length() - ".class".length())
                .replace('/', '.');
            String packageName = className.substring(0, className.lastIndexOf('.'));
            if (exported.contains(packageName)) {
              addPublic(loadWithoutInitialising(className, loader), names);
            }
          }
        }
      }
    }
    assertTrue(names.size() > 50, () -> "too few public types found: " + names);
    return "package com.example.erp;\n\n"
        + "import java.util.List;\n\n"
        + "/** Every public type of the library's exported packages, each named once. */\n"
        + "final class AllPublicTypes {\n\n"
        + "  /** The types. */\n"
        + "  static final List<Class<?>> TYPES = List.of(\n"
        + names.stream().map(n -> "      " + n + ".class").collect(Collectors.joining(",\n"))
        + ");\n\n"
        + "  private AllPublicTypes() {}\n"
        + "}\n";
  }

  private static void addPublic(Class<?> type, Set<String> names) {
    if (Modifier.isPublic(type.getModifiers())) {
      names.add(type.getCanonicalName());
      for (Class<?> nested : type.getDeclaredClasses()) {
        addPublic(nested, names);
      }
    }
  }

  private static Class<?> loadWithoutInitialising(String className, ClassLoader loader) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(className + " listed in its jar but not loadable", e);
    }
  }

  private static Set<String> exportedPackages(Path jar) {
    ModuleReference module = ModuleFinder.of(jar).findAll().iterator().next();
    return module.descriptor().exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(jar.toString(), e);
    }
  }

  private static String join(List<Path> jars) {
    return jars.stream().map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      // Only the Surefire execution "consumer-builds" (integration-test phase) sets it; anywhere
      // else (the "test" phase when -Dtest picks these tests, an IDE) the jars may not exist yet.
      Assumptions.abort("system property " + property + " is not set: these tests run in the "
          + "integration-test phase of the testkit's build (mvn verify), which sets it");
    }
    return value;
  }
}
