// The budget is never overspent under concurrent approvals: 50 officers' approvals in parallel
// against a budget that fits 20 claims, on real PostgreSQL and on the embedded PGlite adapter.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_AUTH_SECRET } from '@sti/platform/testing';
import { inTransaction } from '../shared/db.js';
import { type IpSupportHandle, startIpSupport } from '../start-ip-support.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { asActor, policyInput, submittedClaim, subsidyPrincipals as who } from './subsidy.fixtures.js';

const NOW = new Date('2026-09-15T03:00:00Z');
const EACH = 5_000_000n; // 50 % of 10 million, under the 5 million cap

async function raceFiftyApprovals(handle: IpSupportHandle) {
  const { subsidies, prisma } = handle.services;
  await subsidies.policies.add(
    asActor(who.admin),
    policyInput({ eligibility: { applicantKinds: ['cooperative'], maxClaimsPerOrganisationPerYear: null } }),
    { allowPast: true },
  );
  const budget = await subsidies.budgets.create(asActor(who.admin), {
    programmeCode: policyInput().programmeCode,
    programmeName: policyInput().programmeName,
    year: 2026,
    totalVnd: Number(EACH * 20n),
    reference: '101/QĐ-UBND',
  });
  const claims = Array.from({ length: 50 }, () => submittedClaim());
  await inTransaction(prisma, async (tx) => {
    for (const c of claims) await subsidies.repo.insertClaim(tx, c);
  });
  const officers = [asActor(who.officer), asActor(who.officer2)];
  const results = await Promise.allSettled(
    claims.map((c, i) => subsidies.claims.approve(officers[i % 2] ?? null, c.id, '')),
  );
  const states = results.map((r) => (r.status === 'fulfilled' ? r.value.state : `error: ${String(r.reason)}`));
  const after = await subsidies.budgets.get(asActor(who.officer), budget.id);
  return { states, after };
}

function expectTwentyApproved({ states, after }: Awaited<ReturnType<typeof raceFiftyApprovals>>) {
  expect(states.filter((s) => s === 'approved')).toHaveLength(20);
  expect(states.filter((s) => s === 'queued')).toHaveLength(30);
  expect(after.committedVnd).toBe(Number(EACH * 20n));
  expect(after.committedVnd + after.paidVnd).toBeLessThanOrEqual(after.totalVnd);
  expect(after.leftVnd).toBe(0);
  expect(after.queuedCount).toBe(30);
}

describe('budget under concurrent approvals (PostgreSQL)', () => {
  let app: IpSupportTestApp;
  beforeAll(async () => {
    app = await startTestIpSupport({ now: NOW });
  });
  afterAll(() => app?.close());

  it('approves exactly the 20 that fit and queues the other 30', async () => {
    const result = await raceFiftyApprovals(app.handle);
    expectTwentyApproved(result);
    // the database itself refuses an overspend, whatever code writes it
    await expect(
      app.handle.database.sql.query('UPDATE subsidy_budgets SET committed_vnd = total_vnd + 1'),
    ).rejects.toThrow(/subsidy_budgets_not_overspent/);
  }, 120_000);

  it('releases the queue in order when the budget is topped up', async () => {
    const { subsidies } = app.handle.services;
    const [budget] = (await subsidies.budgets.list(asActor(who.officer), {})).items;
    const queue = await app.handle.services.prisma.subsidyClaim.findMany({
      where: { state: 'queued' },
      orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    });
    // room for two and a half claims: the first two in the queue are released, the third waits
    const after = await subsidies.budgets.topUp(asActor(who.admin), budget?.id ?? '', {
      amountVnd: Number(EACH * 2n + EACH / 2n),
      reference: '202/QĐ-UBND',
      note: '',
    });
    expect(after.committedVnd).toBe(Number(EACH * 22n));
    expect(after.leftVnd).toBe(Number(EACH / 2n));
    expect(after.queuedCount).toBe(28);
    const released = await app.handle.services.prisma.subsidyClaim.findMany({
      where: { id: { in: queue.slice(0, 3).map((c) => c.id) } },
    });
    const stateOf = (id: string | undefined) => released.find((c) => c.id === id)?.state;
    expect([stateOf(queue[0]?.id), stateOf(queue[1]?.id), stateOf(queue[2]?.id)]).toEqual([
      'approved',
      'approved',
      'queued',
    ]);
  });
});

describe('yearly limit per organisation under concurrent approvals (PostgreSQL)', () => {
  let app: IpSupportTestApp;
  beforeAll(async () => {
    app = await startTestIpSupport({ now: NOW });
  });
  afterAll(() => app?.close());

  it('approves no more of one organisation’s claims than the policy allows a year', async () => {
    const { subsidies, prisma } = app.handle.services;
    await subsidies.policies.add(asActor(who.admin), policyInput(), { allowPast: true }); // limit 3
    await subsidies.budgets.create(asActor(who.admin), {
      programmeCode: policyInput().programmeCode,
      programmeName: policyInput().programmeName,
      year: 2026,
      totalVnd: 1_000_000_000,
      reference: '101/QĐ-UBND',
    });
    const claims = Array.from({ length: 6 }, () => submittedClaim());
    await inTransaction(prisma, async (tx) => {
      for (const c of claims) await subsidies.repo.insertClaim(tx, c);
    });
    const results = await Promise.allSettled(
      claims.map((c, i) => subsidies.claims.approve(asActor(i % 2 ? who.officer : who.officer2), c.id, '')),
    );
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.state === 'approved')).toHaveLength(3);
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(refused).toHaveLength(3);
    expect(refused.every((e) => JSON.stringify(e).includes('yearly_limit_reached'))).toBe(true);
  }, 60_000);
});

describe('budget under concurrent approvals (embedded PGlite)', () => {
  let handle: IpSupportHandle;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ip-money-pglite-'));
    handle = await startIpSupport({
      databaseUrl: 'pglite://memory',
      dataDir,
      internalAuthSecret: TEST_AUTH_SECRET,
      listen: false,
      seed: 'off',
      logger: pino({ level: 'silent' }),
      shutdownHooks: false,
      defaultMetrics: false,
      clock: () => NOW,
    });
  });
  afterAll(async () => {
    await handle?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('approves exactly the 20 that fit and queues the other 30', async () => {
    expectTwentyApproved(await raceFiftyApprovals(handle));
  }, 120_000);
});
