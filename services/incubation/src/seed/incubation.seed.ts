// The startups, contests and programmes of the demo, written through the application services with a
// clock walked through 2026 (so every step is checked and emits its events as in real use):
//   - 16 startups (12 in the 2026 cohort), most with a published profile;
//   - programme 2026: call, 14 applications, panel selection, cohort "Khóa 1/2026" of 12, milestones in
//     every state, 9 months of KPIs (March–November);
//   - contest 2026: the Mỹ Hiệp commune round finished (results and feedback published), its top three
//     carried to the province round, which is in judging with phanbien's sheets still open;
//   - an open contest round and an open programme call for new applications.
import type { Principal } from '@sti/platform';
import { composeIncubation, type IncubationServices } from '../incubation.composition.js';
import { DEMO_PRINCIPALS } from './demo-people.js';
import {
  CONTEST_AWARDS,
  CONTEST_FORM,
  DEMO_CONTEST_2026,
  DEMO_CONTEST_2027,
  DEMO_MILESTONES,
  DEMO_PROGRAMME_2026,
  DEMO_PROGRAMME_2027,
  EXTRA_JURORS,
} from './demo-contests.data.js';
import { DEMO_STARTUPS, type DemoStartup, founderIds } from './demo-startups.data.js';

const officer = DEMO_PRINCIPALS.canbo;
const REVIEWERS = [DEMO_PRINCIPALS.phanbien, DEMO_PRINCIPALS.phanbien2, DEMO_PRINCIPALS.phanbien3];
const juryMember = (p: {
  userId: string;
  displayName: string;
  organisationId?: string;
  organisationName?: string;
}) => ({
  userId: p.userId,
  displayName: p.displayName,
  ...(p.organisationId ? { organisationId: p.organisationId } : {}),
  ...(p.organisationName ? { organisationName: p.organisationName } : {}),
});
const jurorPrincipal = (j: (typeof EXTRA_JURORS)[number]): Principal => ({
  ...j,
  roles: ['reviewer'],
  localityCode: '87',
});

function ownerOf(s: DemoStartup): Principal {
  if (s.owner.username) return DEMO_PRINCIPALS[s.owner.username];
  const ids = founderIds(s.owner);
  return {
    userId: ids.userId,
    displayName: s.owner.name,
    roles: ['business'],
    organisationId: ids.organisationId,
    organisationName: s.name,
    localityCode: '87',
  };
}

/** A reproducible sheet: the startup's quality (earlier in the list = stronger) and a juror's own leaning. */
function demoSheet(startupIndex: number, jurorIndex: number, feedback: string) {
  const quality = 0.9 - startupIndex * 0.025 + ((jurorIndex * 7 + startupIndex * 3) % 5) * 0.01;
  const max = { innovation: 30, feasibility: 25, market: 20, team: 15, impact: 10 } as const;
  return {
    status: 'final' as const,
    scores: Object.entries(max).map(([criterion, m]) => ({
      criterion,
      score: Math.max(0, Math.min(m, Math.round(m * quality))),
    })),
    feedback,
  };
}

const FEEDBACK = [
  'Ý tưởng có tính ứng dụng cao tại địa phương; nên làm rõ chi phí sản xuất và giá bán dự kiến.',
  'Đội ngũ có kinh nghiệm thực tế; cần số liệu thị trường cụ thể hơn và kế hoạch bảo hộ nhãn hiệu.',
  'Giải pháp phù hợp với nông dân; nên thử nghiệm thêm với khách hàng trả phí trước khi mở rộng.',
  'Mô hình kinh doanh còn sơ sài; đề nghị bổ sung phân tích đối thủ và kênh phân phối.',
];

export async function seedIncubation(base: IncubationServices, signal: AbortSignal): Promise<number> {
  let now = new Date('2026-01-03T02:00:00Z');
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const s = await composeIncubation({ prisma: base.prisma, dataDir: base.dataDir, clock: () => now });
  let items = 0;
  const ids = new Map<string, string>();

  // Startups and their public profiles.
  for (const d of DEMO_STARTUPS) {
    if (signal.aborted) return items;
    const owner = ownerOf(d);
    const view = await s.startups.create(owner, {
      name: d.name,
      stage: d.stage,
      sectorCode: d.sectorCode,
      trl: d.trl,
      communeCode: d.communeCode,
      summary: d.summary,
      traction: d.traction,
      members: d.team.map(([name, role], i) => ({ name, role, ...(i === 0 ? { userId: owner.userId } : {}) })),
    });
    ids.set(d.key, view.id);
    if (d.publish) await s.startups.publish(owner, view.id, d.summary);
    items += 1;
  }
  const cohortStartups = DEMO_STARTUPS.filter((d) => d.inCohort);
  const indexOf = (key: string) => DEMO_STARTUPS.findIndex((d) => d.key === key);

  // Programme 2026: call → applications → panel selection → cohort.
  at('2026-01-04T02:00:00Z');
  const programme = await s.programmes.create(officer, DEMO_PROGRAMME_2026);
  await s.panels.setMembers(officer, 'programme', programme.id, {
    members: REVIEWERS.map(juryMember),
    reviewersPerItem: 3,
  });
  at('2026-01-06T02:00:00Z');
  await s.programmes.transition(officer, programme.id, 'open_call');
  at('2026-01-20T02:00:00Z');
  const applicants = [
    ...cohortStartups,
    ...DEMO_STARTUPS.filter((d) => d.key === 'robot-cho-ca' || d.key === 'du-lich-vuon'),
  ];
  for (const d of applicants) {
    await s.programmes.apply(ownerOf(d), programme.id, {
      startupId: ids.get(d.key) as string,
      motivation: `${d.name} cần cố vấn về thị trường, sở hữu trí tuệ và kết nối vốn để mở rộng.`,
    });
    items += 1;
  }
  at('2026-02-16T02:00:00Z');
  await s.programmes.transition(officer, programme.id, 'start_selection');
  await s.panels.assign(officer, 'programme', programme.id, 'demo-2026');
  at('2026-02-20T02:00:00Z');
  await scoreAll(s, REVIEWERS, (title) => {
    const i = DEMO_STARTUPS.findIndex((d) => d.name === title);
    return { index: DEMO_STARTUPS[i]?.inCohort ? i : i + 10 };
  });
  at('2026-02-25T02:00:00Z');
  const cohort = await s.programmes.formCohort(officer, programme.id, {
    ...DEMO_PROGRAMME_2026.cohort,
    startupIds: cohortStartups.map((d) => ids.get(d.key) as string),
  });
  items += 1;

  // Milestones in every state.
  at('2026-03-02T02:00:00Z');
  const milestones = [];
  for (const m of DEMO_MILESTONES) milestones.push((await s.milestones.create(officer, cohort.id, m)).items);
  const team = (startupId: string) => ownerOf(DEMO_STARTUPS.find((d) => ids.get(d.key) === startupId) as DemoStartup);
  at('2026-05-25T02:00:00Z');
  for (const [i, m] of (milestones[0] ?? []).entries()) {
    if (i >= 10) continue; // two teams late
    await s.milestones.submit(team(m.startupId), m.id, [
      { url: `https://example.vn/khoi-nghiep/${i + 1}/mo-hinh`, label: 'Mô hình kinh doanh' },
    ]);
    if (i === 9) await s.milestones.returnForWork(officer, m.id, 'Kế hoạch tài chính chưa có dòng tiền theo tháng.');
    else await s.milestones.signOff(officer, m.id, 'Đạt yêu cầu.');
    items += 1;
  }
  at('2026-08-28T02:00:00Z');
  for (const [i, m] of (milestones[1] ?? []).entries()) {
    if (i >= 8) continue;
    await s.milestones.submit(team(m.startupId), m.id, [
      { url: `https://example.vn/khoi-nghiep/${i + 1}/thu-nghiem`, label: 'Biên bản thử nghiệm' },
    ]);
    if (i < 5) await s.milestones.signOff(officer, m.id, 'Đã kiểm tra biên bản.');
    items += 1;
  }

  // Nine months of KPIs, each reported early in the following month.
  for (let month = 3; month <= 11; month++) {
    if (signal.aborted) return items;
    const label = `2026-${String(month).padStart(2, '0')}`;
    at(`2026-${String(month + 1).padStart(2, '0')}-05T02:00:00Z`);
    for (const d of cohortStartups) {
      const k = month - 3;
      const revenue = Math.round((d.kpi.revenue * (1 + d.kpi.growth) ** k) / 1000) * 1000;
      await s.kpis.report(ownerOf(d), ids.get(d.key) as string, label, {
        revenueVnd: String(revenue),
        users: Math.round(d.kpi.users * (1 + d.kpi.growth) ** k),
        jobsCreated: d.kpi.jobs + Math.floor(k / 3),
        fundingRaisedVnd: String(d.kpi.fundingMonth === k ? (d.kpi.funding ?? 0) : 0),
        ipFiled: k === 4 && indexOf(d.key) % 3 === 0 ? 1 : 0,
      });
      items += 1;
    }
  }

  // Contest 2026: the commune round, finished.
  at('2026-08-20T02:00:00Z');
  const contest = await s.contests.create(officer, {
    ...DEMO_CONTEST_2026,
    formFields: CONTEST_FORM.map((f) => ({ ...f })),
    awards: CONTEST_AWARDS,
  });
  const [communeRound, provinceRound] = contest.rounds;
  if (!communeRound || !provinceRound) throw new Error('contest rounds');
  const communeJury = [...REVIEWERS.map(juryMember), juryMember(EXTRA_JURORS[0] as (typeof EXTRA_JURORS)[number])];
  await s.panels.setMembers(officer, 'contest_round', communeRound.id, { members: communeJury, reviewersPerItem: 3 });
  at('2026-09-01T01:00:00Z');
  await s.contests.transition(officer, communeRound.id, 'open');
  at('2026-09-10T02:00:00Z');
  const communeTeams = ['sen-hong', 'du-lich-vuon', 'robot-cho-ca', 'banh-phong', 'sach-noi', 'mekong-edu'];
  const communeApps = new Map<string, string>();
  for (const key of communeTeams) {
    const d = DEMO_STARTUPS[indexOf(key)] as DemoStartup;
    const app = await s.contests.apply(ownerOf(d), communeRound.id, {
      startupId: ids.get(key) as string,
      title: d.name,
      answers: {
        problem: d.summary,
        solution: d.traction,
        customers: 'Nông dân, hợp tác xã và hộ kinh doanh trong tỉnh.',
      },
    });
    communeApps.set(key, app.id);
    items += 1;
  }
  at('2026-10-01T02:00:00Z');
  await s.contests.transition(officer, communeRound.id, 'start_judging');
  await s.panels.assign(officer, 'contest_round', communeRound.id, 'demo-commune-2026');
  at('2026-10-05T02:00:00Z');
  const communeJurors = [...REVIEWERS, jurorPrincipal(EXTRA_JURORS[0] as (typeof EXTRA_JURORS)[number])];
  await scoreAll(s, communeJurors, (title) => ({
    index: indexOf(DEMO_STARTUPS.find((d) => d.name === title)?.key ?? ''),
  }));
  at('2026-10-10T02:00:00Z');
  await s.contests.transition(officer, communeRound.id, 'publish_results');

  // The province round: the top three carried over, four direct applications, judging under way.
  await s.panels.setMembers(officer, 'contest_round', provinceRound.id, {
    members: [...REVIEWERS.map(juryMember), juryMember(EXTRA_JURORS[1] as (typeof EXTRA_JURORS)[number])],
    reviewersPerItem: 3,
  });
  at('2026-10-15T01:00:00Z');
  await s.contests.transition(officer, provinceRound.id, 'open');
  at('2026-10-20T02:00:00Z');
  const communeRanking = await s.contests.ranking(officer, communeRound.id);
  for (const entry of communeRanking.items.slice(0, 3)) {
    const d = DEMO_STARTUPS.find((x) => ids.get(x.key) === entry.startupId) as DemoStartup;
    await s.contests.carryOver(ownerOf(d), entry.applicationId, provinceRound.id);
    items += 1;
  }
  at('2026-10-25T02:00:00Z');
  for (const key of ['cho-nong-san', 'tom-tuan-hoan', 'stem-que', 'qr-truy-xuat']) {
    const d = DEMO_STARTUPS[indexOf(key)] as DemoStartup;
    await s.contests.apply(ownerOf(d), provinceRound.id, {
      startupId: ids.get(key) as string,
      title: d.name,
      answers: { problem: d.summary, solution: d.traction, customers: 'Doanh nghiệp, hợp tác xã trong và ngoài tỉnh.' },
    });
    items += 1;
  }
  at('2026-12-01T02:00:00Z');
  await s.contests.transition(officer, provinceRound.id, 'start_judging');
  await s.panels.assign(officer, 'contest_round', provinceRound.id, 'demo-province-2026');
  at('2026-12-03T02:00:00Z');
  // the other jurors have finished; phanbien's sheets are still open (the demo reviewer has work to do)
  await scoreAll(
    s,
    [REVIEWERS[1], REVIEWERS[2], jurorPrincipal(EXTRA_JURORS[1] as (typeof EXTRA_JURORS)[number])] as Principal[],
    (title) => ({
      index: indexOf(DEMO_STARTUPS.find((d) => d.name === title)?.key ?? ''),
    }),
  );

  // Open for new applications: a contest round and a programme call.
  at('2026-11-10T02:00:00Z');
  const youth = await s.contests.create(officer, {
    ...DEMO_CONTEST_2027,
    formFields: CONTEST_FORM.map((f) => ({ ...f })),
    awards: CONTEST_AWARDS,
  });
  const youthRound = youth.rounds[0];
  if (youthRound) {
    await s.panels.setMembers(officer, 'contest_round', youthRound.id, {
      members: REVIEWERS.map(juryMember),
      reviewersPerItem: 3,
    });
    at('2026-11-20T01:00:00Z');
    await s.contests.transition(officer, youthRound.id, 'open');
  }
  at('2026-11-12T02:00:00Z');
  const next = await s.programmes.create(officer, DEMO_PROGRAMME_2027);
  await s.panels.setMembers(officer, 'programme', next.id, { members: REVIEWERS.map(juryMember), reviewersPerItem: 3 });
  at('2026-11-15T01:00:00Z');
  await s.programmes.transition(officer, next.id, 'open_call');
  return items + 4;
}

/** Every juror finalises each of their open sheets; the score follows the application's startup. */
async function scoreAll(
  s: IncubationServices,
  jurors: readonly Principal[],
  quality: (applicationTitle: string) => { index: number },
): Promise<void> {
  for (const [j, juror] of jurors.entries()) {
    const mine = await s.panels.myAssignments(juror);
    for (const a of mine.items) {
      if (!a.open || a.status === 'final') continue;
      const { index } = quality(a.applicationTitle);
      await s.panels.saveSheet(juror, a.id, demoSheet(index, j, FEEDBACK[(index + j) % FEEDBACK.length] as string));
    }
  }
}

export const INCUBATION_SEED_STEP = { name: 'startups-contests-programmes', run: seedIncubation };
