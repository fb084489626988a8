package com.example.erp.aftersales;

import org.aftersales.core.shared.EventRelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox relay on a schedule: every event stored with a committed change is delivered at
 * least once. Off when {@code erp.aftersales.relay.enabled} is false (the tests drive the relay
 * themselves).
 */
@Component
@ConditionalOnProperty(name = "erp.aftersales.relay.enabled", havingValue = "true",
    matchIfMissing = true)
public class OutboxRelayJob {

  private final EventRelay relay;

  OutboxRelayJob(EventRelay relay) {
    this.relay = relay;
  }

  /** Delivers what is waiting, 100 events a batch, at most 100 batches a run. */
  @Scheduled(fixedDelayString = "${erp.aftersales.relay.interval:PT5S}")
  public void relay() {
    relay.relayAll(100, 100);
  }
}
