// Prometheus metrics of the backbone. Backlog and age are read from the outbox at scrape time.
import { Counter, Gauge, type Registry, register as defaultRegistry } from 'prom-client';

export interface OutboxProbe {
  readonly name: string;
  /** unpublished rows and the age in seconds of the oldest one (0 when none) */
  backlog(): Promise<{ count: number; oldestAgeSeconds: number }>;
}

export interface EventMetrics {
  published: Counter<'outbox'>;
  consumed: Counter<'consumer' | 'outcome'>;
  deadLettered: Counter<'consumer' | 'reason'>;
  probes: Set<OutboxProbe>;
}

const byRegistry = new WeakMap<Registry, EventMetrics>();

/** One set per registry (prom-client refuses a second metric of the same name). */
export function eventMetrics(registry: Registry = defaultRegistry): EventMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const probes = new Set<OutboxProbe>();
  let snapshot: Promise<Map<string, { count: number; oldestAgeSeconds: number }>> | undefined;
  // Both gauges share one query round per scrape.
  const read = () => {
    snapshot ??= (async () => {
      const values = new Map<string, { count: number; oldestAgeSeconds: number }>();
      await Promise.all(
        [...probes].map(async (probe) => {
          try {
            values.set(probe.name, await probe.backlog());
          } catch {
            // an unreachable database shows as a missing sample, not a failed scrape
          }
        }),
      );
      setTimeout(() => {
        snapshot = undefined;
      }, 100).unref();
      return values;
    })();
    return snapshot;
  };
  const metrics: EventMetrics = {
    probes,
    published: new Counter({
      name: 'sti_outbox_published_total',
      help: 'Outbox events published by the relay',
      labelNames: ['outbox'],
      registers: [registry],
    }),
    consumed: new Counter({
      name: 'sti_events_consumed_total',
      help: 'Events handled by consumers, by outcome (applied, duplicate, ignored, dead-lettered)',
      labelNames: ['consumer', 'outcome'],
      registers: [registry],
    }),
    deadLettered: new Counter({
      name: 'sti_events_dead_lettered_total',
      help: 'Messages parked in the dead letter, by reason',
      labelNames: ['consumer', 'reason'],
      registers: [registry],
    }),
  };
  new Gauge({
    name: 'sti_outbox_backlog',
    help: 'Unpublished outbox rows',
    labelNames: ['outbox'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [name, value] of await read()) this.set({ outbox: name }, value.count);
    },
  });
  new Gauge({
    name: 'sti_outbox_oldest_unpublished_age_seconds',
    help: 'Age of the oldest unpublished outbox row',
    labelNames: ['outbox'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [name, value] of await read()) this.set({ outbox: name }, value.oldestAgeSeconds);
    },
  });
  byRegistry.set(registry, metrics);
  return metrics;
}
