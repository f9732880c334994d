// Investor introductions on real PostgreSQL: the mediated flow, and contact data absent from every
// API response (investors and introductions alike) until both sides have accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStartup, people } from '../mentors/people-fixtures.js';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';

const base = '/api/incubation/v1';
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests
type Json = any;

const investorContact = { name: 'Trần Văn Hùng', email: 'hung@quymekong.vn', phone: '0901234567' };
const startupContact = { name: 'Lê Thị Mai', email: 'mai@nongsanxanh.vn', phone: '0912345678' };
const SECRETS = [
  investorContact.email,
  investorContact.phone,
  startupContact.email,
  startupContact.phone,
  'Trần Văn Hùng',
  'Lê Thị Mai',
];

describe('investor introductions', () => {
  let app: IncubationTestApp;
  let startupA: string;
  let investor: string;
  const seen: { who: string; text: string }[] = [];

  beforeAll(async () => {
    app = await startTestIncubation();
    startupA = await insertStartup(app.handle.services.prisma, 'Nông Sản Xanh', people.founderA.userId);
    const created = await app.request<Json>({
      method: 'POST',
      url: `${base}/investors`,
      principal: people.officer,
      body: {
        name: 'Quỹ Đầu tư Mekong',
        kind: 'fund',
        sectorCodes: ['agritech'],
        stages: ['prototype', 'early_revenue'],
        ticketMinVnd: '500000000',
        ticketMaxVnd: '5000000000',
        userId: people.investorUser.userId,
        contact: investorContact,
      },
    });
    expect(created.status).toBe(201);
    investor = created.body.id;
  });
  afterAll(() => app?.close());

  /** Every response goes through here so the final test can check none leaked a contact. */
  const call = async (
    who: keyof typeof people,
    options: { method?: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown },
  ) => {
    const res = await app.request<Json>({ ...options, principal: people[who] });
    seen.push({ who, text: res.text });
    return res;
  };
  const act = (who: keyof typeof people, id: string, body: Json) =>
    call(who, { method: 'POST', url: `${base}/introductions/${id}/actions`, body });
  const request = () =>
    call('founderA', {
      method: 'POST',
      url: `${base}/introductions`,
      body: {
        startupId: startupA,
        investorId: investor,
        message: 'Xin giới thiệu để gọi vốn hạt giống.',
        contact: startupContact,
      },
    });

  it('keeps the investor’s contact out of investor responses, for officers too', async () => {
    for (const who of ['officer', 'founderA', 'investorUser'] as const) {
      const list = await call(who, { url: `${base}/investors` });
      expect(list.body.items[0]).toMatchObject({ name: 'Quỹ Đầu tư Mekong', ticketMinVnd: '500000000' });
      const one = await call(who, { url: `${base}/investors/${investor}` });
      expect(one.status).toBe(200);
    }
  });

  it('runs requested → forwarded → accepted, disclosing both contacts only at the end', async () => {
    const req = await request();
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ state: 'requested', contacts: null, actions: ['withdraw'] });
    const id = req.body.id;
    expect((await request()).body.code).toBe('introduction_open');

    // The investor does not see a request the officer has not forwarded yet.
    expect((await call('investorUser', { url: `${base}/introductions/${id}` })).status).toBe(404);
    expect((await call('investorUser', { url: `${base}/introductions` })).body.items).toEqual([]);
    expect((await act('founderA', id, { action: 'forward' })).status).toBe(403);

    const officerView = await call('officer', { url: `${base}/introductions/${id}` });
    expect(officerView.body).toMatchObject({ contacts: null, actions: ['forward', 'decline'] });
    const forwarded = await act('officer', id, { action: 'forward', note: 'Nhóm có sản phẩm đã bán thử.' });
    expect(forwarded.body).toMatchObject({ state: 'forwarded', contacts: null });

    const investorView = await call('investorUser', { url: `${base}/introductions/${id}` });
    expect(investorView.body).toMatchObject({ state: 'forwarded', contacts: null, actions: ['accept', 'decline'] });
    expect((await call('stranger', { url: `${base}/introductions/${id}` })).status).toBe(404);

    const accepted = await act('investorUser', id, { action: 'accept' });
    expect(accepted.body.state).toBe('accepted');
    expect(accepted.body.contacts).toEqual({ startup: startupContact, investor: investorContact });
    const teamView = await app.request<Json>({ url: `${base}/introductions/${id}`, principal: people.founderA });
    expect(teamView.body.contacts.investor).toEqual(investorContact);
    // a stranger still sees nothing
    expect((await call('stranger', { url: `${base}/introductions/${id}` })).status).toBe(404);

    const types = (await app.events(id)).map((e) => e.type);
    expect(types).toEqual([
      'sti.incubation.v1.IntroductionRequested',
      'sti.incubation.v1.IntroductionForwarded',
      'sti.incubation.v1.IntroductionAccepted',
    ]);
  });

  it('declines with a reason, and never discloses contacts of a declined or withdrawn request', async () => {
    const declined = (await request()).body.id;
    expect((await act('officer', declined, { action: 'forward' })).status).toBe(200);
    expect((await act('investorUser', declined, { action: 'decline' })).body.code).toBe('reason_required');
    const d = await act('investorUser', declined, { action: 'decline', reason: 'Ngoài khẩu vị đầu tư năm nay' });
    expect(d.body).toMatchObject({ state: 'declined', declineReason: 'Ngoài khẩu vị đầu tư năm nay', contacts: null });
    expect((await act('investorUser', declined, { action: 'accept' })).status).toBe(409);

    const withdrawn = (await request()).body.id;
    const w = await act('founderA', withdrawn, { action: 'withdraw' });
    expect(w.body).toMatchObject({ state: 'withdrawn', contacts: null });

    const rejectedEarly = (await request()).body.id;
    const r = await act('officer', rejectedEarly, { action: 'decline', reason: 'Hồ sơ chưa đủ số liệu doanh thu' });
    expect(r.body.state).toBe('declined');
    // declined before forwarding: the investor never learns of it
    expect((await call('investorUser', { url: `${base}/introductions/${rejectedEarly}` })).status).toBe(404);

    const list = await call('officer', { url: `${base}/introductions?limit=2` });
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await call('officer', { url: `${base}/introductions?limit=2&cursor=${list.body.nextCursor}` });
    expect(next.body.items).toHaveLength(2);
  });

  it('leaked no contact in any response before acceptance', () => {
    const accepted = seen.filter((s) => s.text.includes('"state":"accepted"'));
    for (const { who, text } of seen.filter((s) => !accepted.includes(s))) {
      for (const secret of SECRETS) expect(text, `${who} saw ${secret}`).not.toContain(secret);
    }
    expect(seen.length).toBeGreaterThan(20);
  });
});
