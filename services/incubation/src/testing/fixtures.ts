// Test principals and request bodies for the incubation service.
import type { Principal } from '@sti/platform';
import { DEMO_PRINCIPALS, MY_HIEP_COMMUNE } from '../seed/demo-people.js';
import type { IncubationTestApp } from './incubation-test-app.js';

let counter = 0;
/** A founder with their own organisation (so no two test founders share one). */
export function founder(name = 'Nhà sáng lập'): Principal {
  counter += 1;
  const n = String(counter).padStart(4, '0');
  return {
    userId: `01920000-0000-7000-8000-00000000f${n.slice(-3)}`,
    displayName: `${name} ${counter}`,
    roles: ['business'],
    organisationId: `01920000-0000-7000-8000-0000000ff${n.slice(-3)}`,
    organisationName: `Công ty khởi nghiệp ${counter}`,
    localityCode: '87',
  };
}

export const officer: Principal = DEMO_PRINCIPALS.canbo;
export const jurors: Principal[] = [DEMO_PRINCIPALS.phanbien, DEMO_PRINCIPALS.phanbien2, DEMO_PRINCIPALS.phanbien3];

export function startupBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Nông trại thông minh Sen Hồng',
    stage: 'prototype',
    sectorCode: 'agritech',
    trl: 4,
    communeCode: MY_HIEP_COMMUNE,
    summary: 'Cảm biến độ ẩm và tưới nhỏ giọt tự động cho vườn xoài Cao Lãnh.',
    traction: '3 hợp tác xã dùng thử',
    members: [{ name: 'Lê Hoàng Nam', role: 'founder' }],
    ...overrides,
  };
}

export async function createStartup(app: IncubationTestApp, who: Principal, overrides: Record<string, unknown> = {}) {
  const res = await app.request<{ id: string }>({
    method: 'POST',
    url: '/api/incubation/v1/startups',
    principal: who,
    body: startupBody(overrides),
  });
  if (res.status !== 201) throw new Error(`startup: ${res.status} ${res.text}`);
  return res.body.id;
}

export function contestBody(now: Date) {
  const iso = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  return {
    title: 'Ý tưởng khởi nghiệp sáng tạo thử nghiệm',
    year: now.getUTCFullYear(),
    description: 'Cuộc thi thử',
    formFields: [
      { key: 'problem', label: { vi: 'Vấn đề', en: 'Problem' }, type: 'textarea', required: true },
      { key: 'solution', label: { vi: 'Giải pháp', en: 'Solution' }, type: 'textarea', required: true },
      { key: 'video', label: { vi: 'Video giới thiệu', en: 'Pitch video' }, type: 'url', required: false },
    ],
    eligibility: { maxTrl: 7, minTeamSize: 1 },
    awards: [
      { rank: 1, title: { vi: 'Giải Nhất', en: 'First prize' }, prizeVnd: '20000000' },
      { rank: 2, title: { vi: 'Giải Nhì', en: 'Second prize' }, prizeVnd: '10000000' },
    ],
    rounds: [
      {
        level: 'commune',
        localityCode: MY_HIEP_COMMUNE,
        title: 'Vòng xã Mỹ Hiệp',
        opensAt: iso(-1),
        closesAt: iso(10),
        advanceCount: 2,
      },
      { level: 'province', localityCode: '87', title: 'Vòng tỉnh', opensAt: iso(-1), closesAt: iso(40) },
    ],
  };
}

/** A final sheet for the idea-contest rubric scaled to `share` (0–1) of each criterion's maximum. */
export function sheet(share: number, feedback = 'Ý tưởng rõ ràng, cần làm rõ thị trường và kế hoạch tài chính.') {
  const max = { innovation: 30, feasibility: 25, market: 20, team: 15, impact: 10 } as const;
  return {
    status: 'final' as const,
    scores: Object.entries(max).map(([criterion, m]) => ({ criterion, score: Math.round(m * share) })),
    feedback,
  };
}
