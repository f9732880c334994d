// Builds the demo listings from the hand-written templates: a pure, deterministic function (same
// output on every machine and every run), so tests can pin it and the seeder just replays it.

import type { ExpertInput } from '../experts/expert.schema.js';
import type { NeedInput } from '../needs/need.schema.js';
import type { OfferInput, TransferMode } from '../offers/offer.schema.js';
import { PROVINCES } from '../reference/reference-data.js';
import { DEMO_ORGANISATIONS, type DemoOrganisation, type DemoOrganisationKey } from './demo-organisations.js';
import { ACADEMIC_TITLES, EXPERT_FIELDS, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './expert-data.js';
import { NEED_TEMPLATES } from './need-templates.js';
import { EQUIPMENT_TEMPLATES, type TechnologyTemplate, TECHNOLOGY_TEMPLATES } from './offer-templates.js';
import { DELTA_RECORDS } from './delta-records.js';
import { buildListingItems, REGIONAL_RECORDS } from './regional-catalogue.js';
import { areNearDuplicates } from './title-similarity.js';

/** Where a demo listing ends up in its lifecycle. */
export type SeedOutcome =
  | { status: 'draft' }
  | { status: 'submitted' }
  | { status: 'published'; editAfterPublish?: boolean }
  | { status: 'returned'; reason: string }
  | { status: 'archived' };

export type SeedItem =
  | { type: 'offer'; owner: DemoOrganisationKey; input: OfferInput; outcome: SeedOutcome }
  | { type: 'need'; owner: DemoOrganisationKey; input: NeedInput; outcome: SeedOutcome }
  | { type: 'need-intake'; onBehalfOfName: string; input: NeedInput; outcome: SeedOutcome }
  | { type: 'expert'; owner: DemoOrganisationKey; input: ExpertInput; outcome: SeedOutcome };

const RETURN_REASONS = [
  'Đề nghị bổ sung thông số kỹ thuật chi tiết và hình ảnh thực tế trước khi công bố.',
  'Giá tham khảo chưa rõ đã gồm chi phí lắp đặt, đào tạo hay chưa; đề nghị làm rõ.',
  'Thông tin liên hệ chưa đầy đủ; đề nghị bổ sung số điện thoại của người phụ trách.',
];

/** mulberry32: a tiny seeded PRNG, good enough to vary demo data deterministically. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 85% published; the rest spread over the moderation states so every screen has something. */
export function outcomeFor(index: number): SeedOutcome {
  const slot = index % 20;
  if (slot === 1) return { status: 'published', editAfterPublish: true };
  if (slot < 17) return { status: 'published' };
  if (slot === 17) return { status: 'submitted' };
  if (slot === 18) return { status: 'returned', reason: cycle(RETURN_REASONS, index) };
  return { status: 'draft' };
}

const organisation = (key: DemoOrganisationKey): DemoOrganisation => {
  const found = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!found) throw new Error(`unknown demo organisation ${key}`);
  return found;
};

/** The item at `index` modulo the length (the lists are constant and never empty). */
const cycle = <T>(list: readonly T[], index: number): T => {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
};

const pick = <T>(list: readonly T[], random: () => number): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};

const million = (value: number) => String(Math.round(value) * 1_000_000);

const MODE_NAMES: Record<TransferMode, string> = {
  licence: 'cấp phép sử dụng (li-xăng)',
  assignment: 'chuyển nhượng quyền sở hữu',
  turnkey: 'chuyển giao trọn gói (chìa khóa trao tay)',
  joint_venture: 'góp vốn, liên doanh',
  consulting_training: 'tư vấn, đào tạo kỹ thuật',
};

function baseModes(template: TechnologyTemplate): TransferMode[] {
  switch (template.ip) {
    case 'granted_patent':
    case 'pending_application':
      return ['licence', 'assignment'];
    case 'utility_solution':
      return ['licence', 'turnkey'];
    case 'know_how':
      return ['turnkey', 'consulting_training'];
    case 'none':
      return ['turnkey'];
  }
}

function communeName(code: string): string {
  for (const province of PROVINCES) {
    const commune = province.communes.find((c) => c.code === code);
    if (commune) return commune.name;
  }
  return code;
}

function technologyOffers(startIndex: number): SeedItem[] {
  return TECHNOLOGY_TEMPLATES.map((template, index): SeedItem => {
    const owner = organisation(cycle(template.owners, 0));
    const modes = baseModes(template);
    const description = [
      template.summary,
      `Ưu điểm nổi bật:\n${template.highlights.map((h) => `- ${h}`).join('\n')}`,
      `Hình thức chuyển giao: ${modes.map((m) => MODE_NAMES[m]).join('; ')}.`,
      `Đơn vị chuyển giao: ${owner.name}. Địa điểm trình diễn: ${communeName(owner.communeCode)}.`,
    ].join('\n\n');
    return {
      type: 'offer',
      owner: owner.key,
      outcome: outcomeFor(startIndex + index),
      input: {
        kind: 'technology',
        title: template.title,
        summary: template.summary,
        description,
        sectorCode: template.sector,
        keywords: template.keywords,
        trl: template.trl,
        ipStatus: template.ip,
        transferModes: modes,
        price: template.priceMillions === null ? { negotiable: true } : { amountVnd: million(template.priceMillions) },
        locality: { provinceCode: owner.provinceCode, communeCode: owner.communeCode },
        contact: owner.contact,
      },
    };
  });
}

/** Equipment comes in every condition a real exchange sees, each a different machine. */
const EQUIPMENT_CONDITIONS = [
  { condition: 'new', factor: 1, note: 'Hàng mới 100%, bảo hành 12 tháng, giao hàng và lắp đặt trong tỉnh.' },
  {
    condition: 'used_good',
    factor: 0.65,
    note: 'Đã qua sử dụng, hoạt động tốt, có thể xem máy chạy thực tế tại xưởng.',
  },
  { condition: 'new', factor: 1, note: 'Hàng mới, sản xuất theo đơn đặt hàng, giao trong 30 ngày.' },
  { condition: 'refurbished', factor: 0.75, note: 'Đã tân trang, thay mới linh kiện hao mòn, bảo hành 6 tháng.' },
  {
    condition: 'used_fair',
    factor: 0.45,
    note: 'Thanh lý do đổi dây chuyền; máy cần bảo dưỡng trước khi đưa vào sản xuất.',
  },
] as const;

function equipmentOffers(random: () => number, startIndex: number): SeedItem[] {
  return EQUIPMENT_TEMPLATES.map((template, index): SeedItem => {
    const owner = organisation(cycle(template.owners, index));
    const variant = cycle(EQUIPMENT_CONDITIONS, index);
    const quantity = 1 + Math.floor(random() * (variant.condition === 'new' ? 10 : 3));
    return {
      type: 'offer',
      owner: owner.key,
      outcome: outcomeFor(startIndex + index),
      input: {
        kind: 'equipment',
        title: template.title,
        summary: `${template.summary} ${variant.note}`,
        description: [
          template.summary,
          `Thông số chính:\n${template.specifications.map(([name, value]) => `- ${name}: ${value}`).join('\n')}`,
          variant.note,
          `Liên hệ ${owner.name} để xem thiết bị và nhận báo giá vận chuyển.`,
        ].join('\n\n'),
        sectorCode: template.sector,
        keywords: template.keywords,
        trl: 9,
        ipStatus: 'none',
        transferModes: ['assignment'],
        price:
          template.priceMillions === null
            ? { negotiable: true }
            : { amountVnd: million(template.priceMillions * variant.factor) },
        locality: { provinceCode: owner.provinceCode, communeCode: owner.communeCode },
        contact: owner.contact,
        equipment: {
          specifications: template.specifications.map(([name, value]) => ({ name, value })),
          condition: variant.condition,
          quantity,
        },
      },
    };
  });
}

const NEED_OWNERS: DemoOrganisationKey[] = ['songHau', 'caoLanh', 'mekongAqua', 'dongThapMechanical'];
const LOCAL_BUSINESS_KINDS = [
  'Hợp tác xã Nông nghiệp',
  'Tổ hợp tác Sản xuất',
  'Hộ kinh doanh Cơ sở chế biến',
  'Hợp tác xã Dịch vụ Nông nghiệp',
];

function needs(random: () => number, startIndex: number): SeedItem[] {
  const home = cycle(PROVINCES, 0);
  return NEED_TEMPLATES.map((template, t): SeedItem => {
    const communeCode = pick(home.communes, random).code;
    const place = communeName(communeCode);
    const [min, max] = template.budgetMillions;
    const wantedBy = new Date(Date.UTC(2027, t % 12, 1 + ((t * 7) % 27))).toISOString().slice(0, 10);
    const owner = organisation(cycle(NEED_OWNERS, t));
    // every third need was recorded by the Department's officer for a local business without an account
    const intake = t % 3 === 1;
    const requesterName = `${cycle(LOCAL_BUSINESS_KINDS, t)} ${place.replace(/^(Xã|Phường) /, '')}`;
    const input: NeedInput = {
      title: template.title,
      problem: intake
        ? `${template.problem}\n\nNhu cầu do cán bộ Sở ghi nhận trong đợt khảo sát doanh nghiệp, hợp tác xã tại ${place}.`
        : template.problem,
      sectorCode: template.sector,
      keywords: template.keywords,
      ...(template.desiredTrl !== null ? { desiredTrl: template.desiredTrl } : {}),
      budget: {
        ...(min !== null ? { minVnd: million(min) } : {}),
        ...(max !== null ? { maxVnd: million(max) } : {}),
      },
      wantedBy,
      locality: {
        provinceCode: home.code,
        communeCode: intake || owner.provinceCode !== home.code ? communeCode : owner.communeCode,
      },
      contact: intake
        ? { name: `Ban điều hành ${requesterName}`, phone: `09${String(10000000 + Math.floor(random() * 89999999))}` }
        : owner.contact,
    };
    const outcome = outcomeFor(startIndex + t);
    return intake
      ? { type: 'need-intake', onBehalfOfName: requesterName, input, outcome }
      : { type: 'need', owner: owner.key, input, outcome };
  });
}

const EXPERT_ORGANISATIONS: DemoOrganisationKey[] = [
  'agriInstitute',
  'dongThapUniversity',
  'canThoUniversity',
  'techApplicationCentre',
];

/**
 * One expert per field (each with that field's own results), named from common family, middle and
 * given names; a name a searcher could confuse with another expert's (`takenNames`) is drawn again.
 */
function experts(random: () => number, startIndex: number, takenNames: readonly string[]): SeedItem[] {
  const items: SeedItem[] = [];
  const used = [...takenNames];
  for (let i = 0; i < EXPERT_FIELDS.length; i++) {
    let fullName = '';
    do {
      fullName = `${pick(FAMILY_NAMES, random)} ${pick(MIDDLE_NAMES, random)} ${pick(GIVEN_NAMES, random)}`;
    } while (used.some((name) => areNearDuplicates(name, fullName)));
    used.push(fullName);
    const field = cycle(EXPERT_FIELDS, i);
    const second = cycle(EXPERT_FIELDS, i * 3 + 1);
    const owner = organisation(cycle(EXPERT_ORGANISATIONS, i));
    const title = pick(ACADEMIC_TITLES, random);
    const years = 8 + Math.floor(random() * 22);
    const slug = fullName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .split(' ');
    items.push({
      type: 'expert',
      owner: owner.key,
      outcome: outcomeFor(startIndex + i),
      input: {
        fullName,
        academicTitle: title,
        fieldCodes: field.sector === second.sector ? [field.sector] : [field.sector, second.sector],
        keywords: [...field.keywords, ...second.keywords.slice(0, 1)],
        results: field.results.map((result, r) => ({ ...result, year: 2025 - ((i + r * 5) % 14) })),
        availableForConsulting: i % 3 !== 0,
        biography: `${title} ${fullName} có ${years} năm nghiên cứu về ${field.speciality} tại ${owner.name}. Đã tham gia chuyển giao kết quả nghiên cứu cho doanh nghiệp và hợp tác xã trong vùng Đồng bằng sông Cửu Long, hướng dẫn nhiều học viên cao học.`,
        locality: { provinceCode: owner.provinceCode, communeCode: owner.communeCode },
        contact: {
          name: `${title} ${fullName}`,
          email: `${slug.at(-1)}.${slug
            .slice(0, -1)
            .map((s) => s[0])
            .join('')}${i}@${owner.contact.email.split('@')[1]}`,
        },
      },
    });
  }
  return items;
}

/**
 * Every demo listing in seeding order (same result on every call): each record one listing, no
 * title variants. Append-only within a seed version: the seeder records how many items it has
 * seeded, so an install seeded with an earlier, shorter catalogue of the same version seeds just the
 * new tail. Reordering or editing earlier items needs a new seed version (DEMO_SEED_NAME), which
 * replaces the previous version's demo data.
 */
export function buildDemoCatalogue(): SeedItem[] {
  const random = seededRandom(20_251_123);
  const written = [REGIONAL_RECORDS, DELTA_RECORDS];
  const technology = technologyOffers(0);
  const equipment = equipmentOffers(random, technology.length);
  const needItems = needs(random, technology.length + equipment.length);
  const firstWave = [...technology, ...equipment, ...needItems];
  const takenNames = written.flatMap((records) => records.experts.map((expert) => expert.fullName));
  return [
    ...firstWave,
    ...experts(random, firstWave.length, takenNames),
    ...written.flatMap((records) => buildListingItems(records)),
  ];
}
