// The Kafka broker restarts (`infra/scripts/kafka.sh restart`) while offers are being published through
// the gateway: techmart's relay and the search service's consumer ride it out, nothing is lost or
// applied twice. The broker is one of this file's own (its own port and data), started and stopped
// here with the same script, so the shared broker other suites use is never disturbed.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServerScript } from './servers.ts';
import { DemoSessions, keycloakUrl } from './testing/keycloak.ts';
import {
  appliedOnce,
  metricsPage,
  metricValue,
  projectedEvents,
  projectionEffects,
  publishOffer,
  search,
  waitFor,
} from './testing/platform-api.ts';
import { stackEngines, startTestStack, type TestStack } from './testing/test-stack.ts';

const KEYCLOAK = keycloakUrl();
const PORT = process.env.STACK_KAFKA_RESTART_PORT || '19392';
const kafkaSh = async (command: 'start' | 'stop' | 'restart') => {
  const result = await runServerScript('kafka', command, { env: { KAFKA_PORT: PORT }, timeoutMs: 300_000 });
  if (result.code !== 0) throw new Error(`kafka.sh ${command} failed:\n${result.output}`);
};

const { engines, skipped } = stackEngines();

for (const engine of engines) {
  describe.skipIf(!KEYCLOAK)(`Kafka broker restart under load (${engine} engine)`, () => {
    const word = `khoidong${randomBytes(4).toString('hex')}`;
    let stack: TestStack | undefined;
    let sessions: DemoSessions;

    beforeAll(async () => {
      sessions = new DemoSessions(KEYCLOAK ?? '');
      await kafkaSh('start');
      stack = await startTestStack({ keycloakUrl: KEYCLOAK ?? '', kafkaBrokers: `127.0.0.1:${PORT}`, engine });
    }, 300_000);

    afterAll(async () => {
      await stack?.stop();
      await kafkaSh('stop');
    }, 120_000);

    it('loses no offer published while the broker restarts, and applies none twice', async () => {
      if (!stack) throw new Error('no stack');
      const s = stack;
      const tokens = async () => ({
        business: await sessions.token('doanhnghiep'),
        officer: await sessions.token('canbo'),
      });
      const offers: string[] = [];
      let restarting = false;
      let duringRestart = 0;
      let restarted = false;
      const publishing = (async () => {
        // until the broker is back, then ten more
        for (let n = 1, after = 0; n <= 400 && after < 10; n++) {
          const wasRestarting = restarting;
          offers.push(await publishOffer(s.gatewayUrl, await tokens(), word, n));
          if (wasRestarting && restarting) duringRestart++;
          if (restarted) after++;
          await sleep(50);
        }
      })();
      await waitFor(
        'ten offers before the restart',
        async () => offers.length,
        (n) => n >= 10,
        60_000,
      );
      restarting = true;
      await kafkaSh('restart');
      restarting = false;
      restarted = true;
      await publishing;
      expect(duringRestart).toBeGreaterThan(0);

      const state = await waitFor(
        'every offer applied by search',
        async () => {
          const events = await projectedEvents(s.techmartDb, offers);
          return {
            events: events.length,
            unpublished: events.filter((e) => !e.published).length,
            effects: await projectionEffects(
              s.searchDb,
              events.map((e) => e.id),
            ),
          };
        },
        (st) => st.events === offers.length && st.unpublished === 0 && st.effects.size === offers.length,
        120_000,
      );
      // counted on the effects themselves: a redelivery past the inbox would add a second row
      expect(appliedOnce(state.effects)).toBe(true);

      const found = await waitFor(
        'every offer through the gateway',
        () => search(s.gatewayUrl, word),
        (r) => r.total === offers.length,
        20_000,
      );
      expect(new Set(found.hits.map((h) => h.id))).toEqual(new Set(offers));
      expect(found.hits).toHaveLength(offers.length);

      const techmart = await metricsPage(s.techmart.url);
      expect(metricValue(techmart, 'sti_outbox_backlog', { outbox: 'techmart' })).toBe(0);
      const searchPage = await metricsPage(s.searches[0]?.url ?? '');
      expect(
        metricValue(searchPage, 'sti_events_consumed_total', {
          consumer: 'search.projector',
          outcome: 'dead-lettered',
        }),
      ).toBe(0);
      console.info(`${offers.length} offers, ${duringRestart} of them published while the broker restarted`);
    });
  });
}

if (skipped) {
  describe('Kafka broker restart under load (meilisearch engine)', () => {
    it.skip(skipped, () => {});
  });
}
