// Hostile input against the whole embedded platform, through the gateway's one port with real
// tokens from its identity provider — the path a browser takes: gateway (auth, limits) → Techmart
// (validation, ownership) → outbox → search projection.

import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DEMO_PASSWORD } from '@sti/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPlatform, startEmbeddedPlatform } from './embedded-host.js';
import type { HostConfig } from './host.config.js';
import { eventually, freePort, hostConfig, tempHostDirs } from './testing/host-test-support.js';
import { signIn } from './testing/sign-in.js';

interface Problem {
  type: string;
  status: number;
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; code: string; message: { vi: string; en: string } }[];
}

interface Answer<T> {
  status: number;
  contentType: string;
  headers: Headers;
  body: T;
}

interface Listing {
  id: string;
  status: string;
  revision: number;
  title?: string;
  fullName?: string;
  [field: string]: unknown;
}

let config: HostConfig;
let platform: EmbeddedPlatform;
let base: string;
const tokens: Record<'business' | 'otherBusiness' | 'researcher' | 'officer', string> = {
  business: '',
  otherBusiness: '',
  researcher: '',
  officer: '',
};

async function call<T = unknown>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    contentType,
    headers: response.headers,
    body: (contentType.includes('json') && text ? JSON.parse(text) : text) as T,
  };
}

function expectProblem(answer: Answer<unknown>, status: number): Problem {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  const problem = answer.body as Problem;
  expect(problem.status).toBe(status);
  expect(problem.code).toMatch(/^[a-z_]+$/);
  expect(problem.message.vi).toBeTruthy();
  expect(problem.message.en).toBeTruthy();
  expect(problem.message.vi).not.toBe(problem.message.en);
  return problem;
}

const offerBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'technology',
  title: 'Máy ép viên phân hữu cơ từ phụ phẩm nông nghiệp',
  summary: 'Dây chuyền ép viên phân hữu cơ công suất 1 tấn/giờ cho hợp tác xã, tiêu thụ rơm rạ và vỏ trấu.',
  description: 'Ép viên sau khi ủ vi sinh 30 ngày; đường kính viên 3–5 mm.',
  sectorCode: 'agri-processing',
  keywords: ['phân hữu cơ', 'ép viên'],
  trl: 7,
  ipStatus: 'know_how',
  transferModes: ['turnkey'],
  price: { amountVnd: '250000000' },
  locality: { provinceCode: '87', communeCode: '30223' },
  contact: { name: 'Nguyễn Văn An', email: 'an@songhau.example.vn', phone: '0277 3861 245' },
  ...overrides,
});

const needBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Cần máy đóng gói gạo hút chân không',
  problem: 'Cơ sở cần máy định lượng và hút chân không túi gạo 5 kg, năng suất 10 túi mỗi phút.',
  sectorCode: 'agri-processing',
  keywords: ['đóng gói gạo'],
  desiredTrl: 9,
  budget: { minVnd: '200000000', maxVnd: '450000000' },
  wantedBy: '2027-06-30',
  locality: { provinceCode: '87', communeCode: '30223' },
  contact: { name: 'Nguyễn Văn An', phone: '0277 3861 245' },
  ...overrides,
});

const expertBody = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Lê Minh Châu',
  academicTitle: 'PGS.TS.',
  fieldCodes: ['agri-processing'],
  keywords: ['sấy nông sản'],
  results: [{ title: 'Máy sấy nông sản kết hợp năng lượng mặt trời', year: 2022, kind: 'patent' }],
  availableForConsulting: true,
  biography: 'Hai mươi năm nghiên cứu công nghệ sau thu hoạch.',
  locality: { provinceCode: '92', communeCode: '31105' },
  contact: { name: 'PGS.TS. Lê Minh Châu', email: 'chau@vienncnn.example.vn' },
  ...overrides,
});

async function create(collection: 'offers' | 'needs' | 'experts', token: string, body: unknown): Promise<Listing> {
  const answer = await call<Listing>('POST', `/api/techmart/v1/${collection}`, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

async function publish(collection: 'offers' | 'needs' | 'experts', owner: string, id: string): Promise<void> {
  expect((await call('POST', `/api/techmart/v1/${collection}/${id}/submit`, { token: owner })).status).toBe(200);
  expect((await call('POST', `/api/techmart/v1/${collection}/${id}/publish`, { token: tokens.officer })).status).toBe(
    200,
  );
}

async function mine(collection: 'offers' | 'needs' | 'experts', token: string): Promise<Listing[]> {
  const answer = await call<{ items: Listing[] }>('GET', `/api/techmart/v1/my/${collection}?limit=100`, { token });
  expect(answer.status).toBe(200);
  return answer.body.items;
}

beforeAll(async () => {
  const dirs = await tempHostDirs('sti-hostile-');
  // No demo data: every listing here is the test's own, so "nothing stored" can be counted exactly.
  config = hostConfig({ port: await freePort(), ...dirs, seedDemoData: false, demo: true });
  platform = await startEmbeddedPlatform(config);
  base = platform.url;
  const users = { business: 'doanhnghiep', otherBusiness: 'doanhnghiep2', researcher: 'nhakhoahoc', officer: 'canbo' };
  for (const [role, username] of Object.entries(users) as [keyof typeof tokens, string][])
    tokens[role] = await signIn(base, username, DEMO_PASSWORD);
}, 180_000);

afterAll(async () => {
  await platform?.stop();
  if (config) await rm(dirname(config.dataDir), { recursive: true, force: true });
});

describe('invalid fields', () => {
  it('offers: 400 problem+json naming every invalid field in Vietnamese and English; nothing stored', async () => {
    const answer = await call('POST', '/api/techmart/v1/offers', {
      token: tokens.business,
      body: offerBody({
        title: 'abc',
        summary: 'ngắn',
        trl: 12,
        ipStatus: 'bí mật',
        transferModes: [],
        price: { amountVnd: '-5' },
        sectorCode: '',
        contact: { name: 'A', email: 'khong-phai-email', phone: 'gọi tôi' },
      }),
    });
    const problem = expectProblem(answer, 400);
    expect(problem.code).toBe('validation_failed');
    const fields = new Map((problem.errors ?? []).map((e) => [e.field, e.message]));
    for (const field of [
      'title',
      'summary',
      'trl',
      'ipStatus',
      'transferModes',
      'sectorCode',
      'contact.name',
      'contact.email',
      'contact.phone',
    ]) {
      const message = fields.get(field);
      expect(message, `${field} in ${[...fields.keys()].join(', ')}`).toBeDefined();
      expect(message?.vi).toBeTruthy();
      expect(message?.en).toBeTruthy();
      expect(message?.vi).not.toBe(message?.en);
    }
    expect([...fields.keys()].some((f) => f.startsWith('price'))).toBe(true);
    expect(await mine('offers', tokens.business)).toEqual([]);
  });

  it('needs and experts: the same shape, by field', async () => {
    const need = expectProblem(
      await call('POST', '/api/techmart/v1/needs', {
        token: tokens.business,
        body: needBody({ title: '', desiredTrl: 0, budget: { minVnd: '900000000', maxVnd: '100' }, wantedBy: '31/12' }),
      }),
      400,
    );
    expect(need.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['title', 'desiredTrl', 'wantedBy', 'budget.maxVnd']),
    );
    const expert = expectProblem(
      await call('POST', '/api/techmart/v1/experts', {
        token: tokens.researcher,
        body: expertBody({ fullName: 'X', fieldCodes: [], results: [{ title: 'ab', year: 1800, kind: 'x' }] }),
      }),
      400,
    );
    expect(expert.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['fullName', 'fieldCodes', 'results.0.title', 'results.0.year', 'results.0.kind']),
    );
    for (const error of [...(need.errors ?? []), ...(expert.errors ?? [])]) {
      expect(error.message.vi, error.field).toBeTruthy();
      expect(error.message.en, error.field).toBeTruthy();
    }
    expect(await mine('needs', tokens.business)).toEqual([]);
    expect(await mine('experts', tokens.researcher)).toEqual([]);
  });

  it('unknown reference codes, a body that is not JSON and an id that is not one are refused cleanly', async () => {
    const codes = expectProblem(
      await call('POST', '/api/techmart/v1/offers', {
        token: tokens.business,
        body: offerBody({ sectorCode: 'khong-ton-tai', locality: { provinceCode: '87', communeCode: '31105' } }),
      }),
      400,
    );
    expect(codes.errors?.map((e) => e.field).sort()).toEqual(['locality.communeCode', 'sectorCode']);
    expectProblem(
      await call('POST', '/api/techmart/v1/offers', { token: tokens.business, rawBody: '{"title": "Máy sấy' }),
      400,
    );
    expectProblem(await call('GET', '/api/techmart/v1/offers/khong-phai-uuid'), 404);
    expect(await mine('offers', tokens.business)).toEqual([]);
  });
});

describe('oversized body', () => {
  it('answers 413 problem+json above the gateway’s 1 MiB limit and stores nothing', async () => {
    const answer = await call('POST', '/api/techmart/v1/offers', {
      token: tokens.business,
      body: offerBody({ description: 'Mô tả rất dài. '.repeat(80_000) }),
    });
    const problem = expectProblem(answer, 413);
    expect(problem.code).toBe('payload_too_large');
    expect(await mine('offers', tokens.business)).toEqual([]);
  });

  it('answers 400 naming the field when a text is over its own limit but the body is not', async () => {
    const problem = expectProblem(
      await call('POST', '/api/techmart/v1/offers', {
        token: tokens.business,
        body: offerBody({ description: 'x'.repeat(20_001), keywords: Array.from({ length: 21 }, (_, i) => `từ ${i}`) }),
      }),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['description', 'keywords']));
  });
});

describe('markup in text fields', () => {
  const markup = (label: string) => `<script>alert('${label}')</script><img src=x onerror="alert(1)"> <b>${label}</b>`;

  it('is stored and served back verbatim as JSON text in every field, and indexed as text', async () => {
    const offer = await create(
      'offers',
      tokens.business,
      offerBody({
        kind: 'equipment',
        title: `Máy sấy ${markup('tiêu đề')}`,
        summary: `Tóm tắt đủ dài cho kiểm tra ${markup('tóm tắt')}`,
        description: `${markup('mô tả')}\n<iframe src="javascript:alert(1)"></iframe>`,
        keywords: ['<b>từ khóa</b>', '<svg onload=alert(1)>'],
        contact: { name: `Người liên hệ ${markup('liên hệ')}`, email: 'an@songhau.example.vn' },
        equipment: {
          specifications: [{ name: markup('thông số'), value: `<a href="javascript:alert(1)">12 kW</a>` }],
          condition: 'new',
          quantity: 1,
        },
      }),
    );
    const need = await create(
      'needs',
      tokens.business,
      needBody({
        title: `Nhu cầu ${markup('nhu cầu')}`,
        problem: `Mô tả vấn đề đủ dài ${markup('vấn đề')}`,
        keywords: ['<script>nhu cầu</script>'],
        contact: { name: `Liên hệ ${markup('người cần')}` },
      }),
    );
    const expert = await create(
      'experts',
      tokens.researcher,
      expertBody({
        fullName: `Chuyên gia ${markup('họ tên')}`,
        academicTitle: '<i>TS.</i>',
        biography: markup('tiểu sử'),
        keywords: ['<img src=x onerror=alert(1)>'],
        results: [{ title: markup('kết quả'), year: 2024, kind: 'publication' }],
      }),
    );
    await publish('offers', tokens.business, offer.id);
    await publish('needs', tokens.business, need.id);
    await publish('experts', tokens.researcher, expert.id);

    const publicOffer = await call<Record<string, unknown>>('GET', `/api/techmart/v1/offers/${offer.id}`);
    expect(publicOffer.contentType).toMatch(/^application\/json/);
    expect(publicOffer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(publicOffer.body).toMatchObject({
      title: `Máy sấy ${markup('tiêu đề')}`,
      summary: `Tóm tắt đủ dài cho kiểm tra ${markup('tóm tắt')}`,
      description: `${markup('mô tả')}\n<iframe src="javascript:alert(1)"></iframe>`,
      keywords: ['<b>từ khóa</b>', '<svg onload=alert(1)>'],
      contact: { name: `Người liên hệ ${markup('liên hệ')}` },
      equipment: { specifications: [{ name: markup('thông số'), value: `<a href="javascript:alert(1)">12 kW</a>` }] },
    });
    const publicNeed = await call<Record<string, unknown>>('GET', `/api/techmart/v1/needs/${need.id}`);
    expect(publicNeed.body).toMatchObject({
      title: `Nhu cầu ${markup('nhu cầu')}`,
      problem: `Mô tả vấn đề đủ dài ${markup('vấn đề')}`,
      keywords: ['<script>nhu cầu</script>'],
    });
    const publicExpert = await call<Record<string, unknown>>('GET', `/api/techmart/v1/experts/${expert.id}`);
    expect(publicExpert.body).toMatchObject({
      fullName: `Chuyên gia ${markup('họ tên')}`,
      academicTitle: '<i>TS.</i>',
      biography: markup('tiểu sử'),
      results: [{ title: markup('kết quả') }],
    });

    // Search indexes the words and returns the stored text unchanged (the portal renders it as text).
    const hits = await eventually(
      async () => {
        const answer = await call<{ hits: { id: string; title: string }[] }>(
          'GET',
          `/api/search/v1/search?q=${encodeURIComponent('script alert')}&limit=50`,
        );
        const found = answer.body.hits.filter((h) => [offer.id, need.id, expert.id].includes(h.id));
        return found.length === 3 ? found : undefined;
      },
      { timeoutMs: 5000, what: 'the three listings in search' },
    );
    expect(hits.map((h) => h.title).sort()).toEqual(
      [
        `Máy sấy ${markup('tiêu đề')}`,
        `Nhu cầu ${markup('nhu cầu')}`,
        `<i>TS.</i> Chuyên gia ${markup('họ tên')}`,
      ].sort(),
    );
  });

  it('keeps an officer’s return reason as text too', async () => {
    const offer = await create('offers', tokens.business, offerBody({ title: 'Máy tách hạt sen bán tự động' }));
    await call('POST', `/api/techmart/v1/offers/${offer.id}/submit`, { token: tokens.business });
    const reason = `Bổ sung thông số ${markup('lý do')}`;
    const returned = await call<Listing>('POST', `/api/techmart/v1/offers/${offer.id}/return`, {
      token: tokens.officer,
      body: { reason },
    });
    expect(returned.status).toBe(200);
    const own = await call<Listing>('GET', `/api/techmart/v1/offers/${offer.id}`, { token: tokens.business });
    expect(own.body).toMatchObject({ status: 'returned', returnReason: reason });
  });
});

describe('another organisation’s listings', () => {
  it('a business editing, submitting or archiving another organisation’s offer gets 403 and nothing changes', async () => {
    const draft = await create('offers', tokens.business, offerBody({ title: 'Lò sấy lúa tầng sôi cải tiến' }));
    const before = await call<Listing>('GET', `/api/techmart/v1/offers/${draft.id}`, { token: tokens.business });

    const edit = await call('PUT', `/api/techmart/v1/offers/${draft.id}`, {
      token: tokens.otherBusiness,
      body: offerBody({ title: 'Bị tổ chức khác sửa', revision: draft.revision }),
    });
    const problem = expectProblem(edit, 403);
    expect(problem.code).toMatch(/forbidden|not_owner/);
    expectProblem(
      await call('POST', `/api/techmart/v1/offers/${draft.id}/submit`, { token: tokens.otherBusiness }),
      403,
    );
    expectProblem(
      await call('POST', `/api/techmart/v1/offers/${draft.id}/archive`, { token: tokens.otherBusiness }),
      403,
    );
    // a draft is not even visible to another organisation
    expect((await call('GET', `/api/techmart/v1/offers/${draft.id}`, { token: tokens.otherBusiness })).status).toBe(
      404,
    );
    // and a business cannot moderate, not even its own listing
    await call('POST', `/api/techmart/v1/offers/${draft.id}/submit`, { token: tokens.business });
    expectProblem(await call('POST', `/api/techmart/v1/offers/${draft.id}/publish`, { token: tokens.business }), 403);

    const after = await call<Listing>('GET', `/api/techmart/v1/offers/${draft.id}`, { token: tokens.business });
    expect(after.body).toEqual({
      ...before.body,
      status: 'submitted',
      updatedAt: after.body.updatedAt,
      submittedAt: after.body.submittedAt,
    });
    expect(after.body.title).toBe('Lò sấy lúa tầng sôi cải tiến');
    expect(after.body.revision).toBe(before.body.revision);
  });

  it('the published version stays as it was when another organisation tries to edit it', async () => {
    const offer = await create('offers', tokens.business, offerBody({ title: 'Máy bóc vỏ dừa khô bán tự động' }));
    await publish('offers', tokens.business, offer.id);
    const before = await call<Listing>('GET', `/api/techmart/v1/offers/${offer.id}`);
    expectProblem(
      await call('PUT', `/api/techmart/v1/offers/${offer.id}`, {
        token: tokens.otherBusiness,
        body: offerBody({ title: 'Chiếm quyền tin đã công bố', revision: before.body.revision }),
      }),
      403,
    );
    const after = await call<Listing>('GET', `/api/techmart/v1/offers/${offer.id}`);
    expect(after.body).toEqual(before.body);
  });

  it('needs and expert profiles are guarded the same way', async () => {
    const need = await create('needs', tokens.business, needBody({ title: 'Cần lò đốt trấu cấp nhiệt cho sấy' }));
    expectProblem(
      await call('PUT', `/api/techmart/v1/needs/${need.id}`, {
        token: tokens.otherBusiness,
        body: needBody({ title: 'Sửa nhu cầu của người khác', revision: need.revision }),
      }),
      403,
    );
    const expert = await create('experts', tokens.researcher, expertBody({ fullName: 'Trần Thị Bảo Ngọc' }));
    expectProblem(
      await call('PUT', `/api/techmart/v1/experts/${expert.id}`, {
        token: tokens.business,
        body: expertBody({ fullName: 'Hồ sơ bị sửa', revision: expert.revision }),
      }),
      403,
    );
    expect(
      (await call<Listing>('GET', `/api/techmart/v1/needs/${need.id}`, { token: tokens.business })).body.title,
    ).toBe('Cần lò đốt trấu cấp nhiệt cho sấy');
    expect(
      (await call<Listing>('GET', `/api/techmart/v1/experts/${expert.id}`, { token: tokens.researcher })).body.fullName,
    ).toBe('Trần Thị Bảo Ngọc');
  });
});

describe('anonymous writes', () => {
  it('answer 401 problem+json on every write route, and with a forged token too', async () => {
    const offer = await create('offers', tokens.business, offerBody({ title: 'Hệ thống tưới nhỏ giọt cho bưởi' }));
    const writes: [string, string, unknown][] = [
      ['POST', '/api/techmart/v1/offers', offerBody()],
      ['PUT', `/api/techmart/v1/offers/${offer.id}`, offerBody({ revision: offer.revision })],
      ['POST', `/api/techmart/v1/offers/${offer.id}/submit`, undefined],
      ['POST', `/api/techmart/v1/offers/${offer.id}/publish`, undefined],
      ['POST', `/api/techmart/v1/offers/${offer.id}/return`, { reason: 'Lý do đủ dài để trả lại tin.' }],
      ['POST', `/api/techmart/v1/offers/${offer.id}/archive`, undefined],
      ['POST', '/api/techmart/v1/needs', needBody()],
      ['POST', '/api/techmart/v1/needs/intake', { ...needBody(), onBehalfOf: { organisationName: 'HTX Mỹ Hiệp' } }],
      ['POST', '/api/techmart/v1/experts', expertBody()],
      ['GET', '/api/techmart/v1/my/offers', undefined],
      ['GET', '/api/techmart/v1/moderation/queue', undefined],
    ];
    for (const [method, path, body] of writes) {
      const anonymous = await call(method, path, { body });
      expect(expectProblem(anonymous, 401).code, `${method} ${path}`).toMatch(/unauthenticated|unauthorized/);
      const forged = await call(method, path, { body, token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
      expectProblem(forged, 401);
    }
    const after = await call<Listing>('GET', `/api/techmart/v1/offers/${offer.id}`, { token: tokens.business });
    expect(after.body).toMatchObject({
      status: 'draft',
      revision: offer.revision,
      title: 'Hệ thống tưới nhỏ giọt cho bưởi',
    });
  });
});
