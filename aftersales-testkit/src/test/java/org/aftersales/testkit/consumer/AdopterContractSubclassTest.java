package org.aftersales.testkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.stream.Stream;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.contract.BackupsContract;
import org.aftersales.testkit.contract.InMemoryBackups;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * An adopter's subclass of a repository contract lives in a package of its own, as here, while
 * the contracts share their body through a package-private base class: such a subclass must still
 * run every test the contract declares and every test it inherits from that base, and pass over a
 * correct adapter. The expected count comes from the {@code @Test} methods found by reflection,
 * not from the launcher that runs them. // rule: CON-08 — tag: reliability
 */
class AdopterContractSubclassTest {

  @Test
  void an_adopters_subclass_in_another_package_runs_and_passes_every_declared_and_inherited_test() {
    long declared = Stream.of(BackupsContract.class, BackupsContract.class.getSuperclass())
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(Test.class)).count();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(AdoptersBackups.class)).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    assertEquals(declared, summary.getTestsFoundCount(), "every test found");
    assertEquals(declared, summary.getTestsSucceededCount(), summary.getFailures().toString());
  }

  /** What an adopter writes, over the in-memory adapter (not run by Surefire on its own). */
  static final class AdoptersBackups extends BackupsContract {
    private final InMemoryBackups storage = InMemoryBackups.create();

    @Override
    protected Backups freshAdapter() {
      return storage.freshInstanceOverSameStorage();
    }

    @Override
    protected Outbox outbox() {
      return storage.outbox();
    }
  }
}
