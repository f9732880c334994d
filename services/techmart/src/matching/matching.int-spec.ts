// Matching over HTTP against PostgreSQL with Techmart's events delivered in-process: a new offer
// joins the suggestions of the open needs it serves, an archived one leaves them, and only the
// people entitled to see suggestions and connections do — contacts never before both sides accept.

import { InProcessTransport, type Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionView } from '../connections/connection.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { MatchingDashboard, NeedSuggestionsView, WorkbenchPage } from './matching.schema.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart({ transport: new InProcessTransport() });
});
afterAll(async () => {
  await t?.close();
});

const api = '/api/techmart/v1';

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function publishedNeed(): Promise<string> {
  const created = await t.request<{ id: string }>({
    method: 'POST',
    url: `${api}/needs`,
    principal: principals.otherBusiness,
    body: {
      title: 'Cần máy sấy xoài tiết kiệm điện',
      problem:
        'Hợp tác xã sấy xoài dẻo bằng tủ sấy điện trở, chi phí điện cao; cần máy sấy năng lượng mặt trời, chuyển giao trọn gói.',
      sectorCode: 'agri-processing',
      keywords: ['máy sấy', 'sấy xoài'],
      desiredTrl: 6,
      budget: { maxVnd: '300000000' },
      locality: { provinceCode: '87', communeCode: '30268' },
      contact: { name: 'Trần Thị Bích', phone: '0918 245 377', email: 'bich@xoaicaolanh.example.vn' },
    },
  });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id;
  await t.request({ method: 'POST', url: `${api}/needs/${id}/submit`, principal: principals.otherBusiness });
  const published = await t.request({
    method: 'POST',
    url: `${api}/needs/${id}/publish`,
    principal: principals.officer,
  });
  expect(published.status, published.text).toBe(200);
  return id;
}

async function publishedOffer(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.request<{ id: string }>({
    method: 'POST',
    url: `${api}/offers`,
    principal: principals.researcher,
    body: offerBody(overrides),
  });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id;
  await t.request({ method: 'POST', url: `${api}/offers/${id}/submit`, principal: principals.researcher });
  const published = await t.request({
    method: 'POST',
    url: `${api}/offers/${id}/publish`,
    principal: principals.officer,
  });
  expect(published.status, published.text).toBe(200);
  return id;
}

const suggestions = (needId: string, principal: Principal = principals.officer) =>
  t.request<NeedSuggestionsView>({ url: `${api}/matching/needs/${needId}/suggestions`, principal });

describe('matching through events', () => {
  let needId: string;
  let offerId: string;

  it('a newly published offer joins the open need’s suggestions, marked new, with its explanation', async () => {
    needId = await publishedNeed();
    const before = await until(
      () => suggestions(needId),
      (r) => r.status === 200,
    );
    expect(before.body.technology).toEqual([]);

    offerId = await publishedOffer();
    const after = await until(
      () => suggestions(needId),
      (r) => r.body.technology.length > 0,
    );
    const [top] = after.body.technology;
    expect(top).toMatchObject({
      candidate: { id: offerId, type: 'technology', trl: 8 },
      isNew: true,
      state: 'suggested',
    });
    const factors = Object.fromEntries((top?.factors ?? []).map((f) => [f.factor, f]));
    expect(factors.sector?.params).toMatchObject({ relation: 'same' });
    expect(factors.trl?.params).toEqual({ offered: 8, desired: 6 });
    expect(factors.budget?.params).toMatchObject({ verdict: 'within' });
    expect(factors.transfer?.params).toMatchObject({ matched: true, modes: 'turnkey' });
    expect(top?.points).toBe(top?.factors.reduce((s, f) => s + f.points, 0));

    const workbench = await t.request<WorkbenchPage>({
      url: `${api}/matching/workbench`,
      principal: principals.officer,
    });
    const item = workbench.body.items.find((i) => i.need.id === needId);
    expect(item).toMatchObject({ newSuggestionCount: 1, suggestionCount: 1 });

    await t.request({
      method: 'POST',
      url: `${api}/matching/needs/${needId}/suggestions/seen`,
      principal: principals.officer,
    });
    expect((await suggestions(needId)).body.technology[0]?.isNew).toBe(false);
  });

  it('the requester sees its own need’s suggestions; another business, an outside commune officer, the public do not', async () => {
    expect((await suggestions(needId, principals.otherBusiness)).status).toBe(200);
    expect((await suggestions(needId, principals.business)).status).toBe(403);
    const outside = { ...principals.communeOfficer, localityCode: '30223' };
    expect((await suggestions(needId, outside)).status).toBe(403);
    expect((await suggestions(needId, principals.communeOfficer)).status).toBe(200);
    expect((await t.request({ url: `${api}/matching/needs/${needId}/suggestions` })).status).toBe(401);
    expect((await t.request({ url: `${api}/matching/workbench`, principal: principals.business })).status).toBe(403);
    const commune = await t.request<WorkbenchPage>({ url: `${api}/matching/workbench`, principal: outside });
    expect(commune.body.items.map((i) => i.need.id)).not.toContain(needId);
  });

  it('an archived offer leaves the suggestions; a dismissal is kept with its reason', async () => {
    const second = await publishedOffer({ title: 'Hệ thống sấy xoài bơm nhiệt', price: { negotiable: true } });
    const both = await until(
      () => suggestions(needId),
      (r) => r.body.technology.length === 2,
    );
    const dismissed = both.body.technology.find((s) => s.candidate.id === second);
    const dismiss = await t.request({
      method: 'POST',
      url: `${api}/matching/suggestions/${dismissed?.id}/dismiss`,
      principal: principals.officer,
      body: { reasonCode: 'too_expensive', reasonText: 'Giá thỏa thuận nhưng dự kiến vượt xa ngân sách' },
    });
    expect(dismiss.status, dismiss.text).toBe(200);

    const archived = await t.request({
      method: 'POST',
      url: `${api}/offers/${offerId}/archive`,
      principal: principals.researcher,
    });
    expect(archived.status, archived.text).toBe(200);
    const after = await until(
      () => suggestions(needId),
      (r) => !r.body.technology.some((s) => s.candidate.id === offerId),
    );
    expect(after.body.technology).toEqual([]);
    expect(after.body.dismissed).toHaveLength(1);
    expect(after.body.dismissed[0]?.dismissal).toMatchObject({ reasonCode: 'too_expensive' });
    const dashboard = await t.request<MatchingDashboard>({
      url: `${api}/matching/dashboard`,
      principal: principals.officer,
    });
    expect(dashboard.body.dismissalsByReason).toEqual({ too_expensive: 1 });
  });
});

describe('connections', () => {
  it('introduces both sides, hides contacts on every response until both accept, and counts the signed deal', async () => {
    const needId = await publishedNeed();
    const offerId = await publishedOffer({ title: 'Máy sấy xoài năng lượng mặt trời thế hệ 2' });
    const ready = await until(
      () => suggestions(needId),
      (r) => r.body.technology.some((s) => s.candidate.id === offerId),
    );
    const suggestion = ready.body.technology.find((s) => s.candidate.id === offerId);
    const responses: { body: unknown }[] = [];
    const call = async <T>(options: Parameters<TechmartTestApp['request']>[0]) => {
      const response = await t.request<T>(options);
      responses.push(response);
      return response;
    };

    const notOfficer = await call({
      method: 'POST',
      url: `${api}/connections`,
      principal: principals.business,
      body: { suggestionId: suggestion?.id, message: 'Xin giới thiệu hai bên.' },
    });
    expect(notOfficer.status).toBe(403);
    const created = await call<ConnectionView>({
      method: 'POST',
      url: `${api}/connections`,
      principal: principals.officer,
      body: { suggestionId: suggestion?.id, message: 'Kính giới thiệu HTX Xoài Cao Lãnh với Viện về máy sấy xoài.' },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ state: 'proposed', decisions: { requester: 'pending', supplier: 'pending' } });

    // Both sides are told, with the officer's message, in their notifications and their connections.
    for (const principal of [principals.otherBusiness, principals.researcher]) {
      const inbox = await t.request<{ items: { kind: string; listing: { id: string }; message: { vi: string } }[] }>({
        url: `${api}/notifications`,
        principal,
      });
      expect(inbox.status, inbox.text).toBe(200);
      const told = inbox.body.items.find((n) => n.kind === 'connection_introduced');
      expect(told?.listing.id).toBe(created.body.need.id);
      expect(told?.message.vi).toContain('Kính giới thiệu HTX Xoài Cao Lãnh với Viện về máy sấy xoài.');
      const theirs = await t.request<{ items: ConnectionView[] }>({ url: `${api}/connections`, principal });
      expect(theirs.body.items.find((c) => c.id === id)?.message).toContain('Kính giới thiệu HTX');
    }

    const requester = await call<ConnectionView>({
      url: `${api}/connections/${id}`,
      principal: principals.otherBusiness,
    });
    expect(requester.body.myParty).toBe('requester');
    expect((await call({ url: `${api}/connections/${id}`, principal: principals.business })).status).toBe(404);
    const mine = await call<{ items: ConnectionView[] }>({ url: `${api}/connections`, principal: principals.business });
    expect(mine.body.items).toEqual([]);

    const tooEarly = await call({
      method: 'POST',
      url: `${api}/connections/${id}/sign`,
      principal: principals.otherBusiness,
      body: { signedOn: '2026-11-20', valueVnd: '250000000', transferType: 'turnkey', registrationRequired: false },
    });
    expect(tooEarly.status).toBe(409);
    const outsider = await call({
      method: 'POST',
      url: `${api}/connections/${id}/decision`,
      principal: principals.business,
      body: { accept: true },
    });
    expect(outsider.status).toBe(404);

    const first = await call<ConnectionView>({
      method: 'POST',
      url: `${api}/connections/${id}/decision`,
      principal: principals.otherBusiness,
      body: { accept: true },
    });
    expect(first.body).toMatchObject({ state: 'proposed', decisions: { requester: 'accepted', supplier: 'pending' } });
    await call({ url: `${api}/connections/${id}`, principal: principals.researcher });
    await call({ url: `${api}/connections`, principal: principals.researcher });

    // Not one response so far carried either side's contact details.
    for (const response of responses) {
      const text = JSON.stringify(response.body);
      expect(text).not.toContain('bich@xoaicaolanh.example.vn');
      expect(text).not.toContain('0918 245 377');
      expect(text).not.toContain('an@songhau.example.vn');
      expect(text).not.toContain('"contacts"');
    }

    const second = await t.request<ConnectionView>({
      method: 'POST',
      url: `${api}/connections/${id}/decision`,
      principal: principals.researcher,
      body: { accept: true },
    });
    expect(second.body.state).toBe('accepted');
    expect(second.body.contacts).toEqual({
      requester: { name: 'Trần Thị Bích', phone: '0918 245 377', email: 'bich@xoaicaolanh.example.vn' },
      supplier: { name: 'Nguyễn Văn An', email: 'an@songhau.example.vn', phone: '0277 3861 245' },
    });

    const meeting = await t.request<ConnectionView>({
      method: 'POST',
      url: `${api}/connections/${id}/notes`,
      principal: principals.researcher,
      body: { kind: 'meeting', text: 'Khảo sát cơ sở sấy tại HTX, thống nhất cấu hình 500 kg/mẻ.' },
    });
    expect(meeting.body.state).toBe('negotiating');
    const signed = await t.request<ConnectionView>({
      method: 'POST',
      url: `${api}/connections/${id}/sign`,
      principal: principals.otherBusiness,
      body: {
        signedOn: '2026-11-20',
        valueVnd: '250.000.000',
        transferType: 'turnkey',
        registrationRequired: true,
      },
    });
    expect(signed.status, signed.text).toBe(200);
    expect(signed.body.deal).toEqual({
      signedOn: '2026-11-20',
      valueVnd: '250000000',
      transferType: 'turnkey',
      registrationRequired: true,
    });
    const registered = await t.request<ConnectionView>({
      method: 'POST',
      url: `${api}/connections/${id}/registration`,
      principal: principals.officer,
      body: { registrationNumber: '12/2026/GCN-SKHCN' },
    });
    expect(registered.body.deal?.registrationNumber).toBe('12/2026/GCN-SKHCN');
    expect(registered.body.timeline.map((s) => s.kind)).toEqual([
      'proposed',
      'decided',
      'decided',
      'accepted',
      'meeting',
      'signed',
      'registered',
    ]);

    const events = await t.events(id);
    expect(events.map((e) => e.type.replace('sti.techmart.v1.', ''))).toEqual([
      'ConnectionProposed',
      'ConnectionPartyDecided',
      'ConnectionPartyDecided',
      'ConnectionNoteAdded',
      'ConnectionSigned',
      'ConnectionNoteAdded',
    ]);
    expect(events[4]?.message).toMatchObject({
      valueVnd: 250_000_000n,
      facts: { communeCode: '30268', provinceCode: '87', period: '2026-11' },
    });

    const dashboard = await t.request<MatchingDashboard>({
      url: `${api}/matching/dashboard`,
      principal: principals.officer,
    });
    expect(dashboard.body).toMatchObject({ dealsSigned: 1, dealsValueVnd: '250000000', needsMatched: 1 });
    expect(dashboard.body.connections).toEqual({ signed: 1 });
  });
});
