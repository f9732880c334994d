// Turns written-out records (the regional wave, the records of seed v2) into seed items: one
// listing per record, placed at the owner's seat or a named commune of its province, mostly
// published and the rest spread over the other states. Pure and deterministic, like the first wave.

import type { NeedInput } from '../needs/need.schema.js';
import type { TransferMode } from '../offers/offer.schema.js';
import { HOME_PROVINCE_CODE, PROVINCES } from '../reference/reference-data.js';
import type { SeedItem, SeedOutcome } from './demo-catalogue.js';
import { DEMO_ORGANISATIONS, type DemoOrganisation, type DemoOrganisationKey } from './demo-organisations.js';
import {
  REGIONAL_EQUIPMENT,
  REGIONAL_EXPERTS,
  REGIONAL_NEEDS,
  REGIONAL_TECHNOLOGIES,
  type RegionalEquipment,
  type RegionalExpert,
  type RegionalNeed,
  type RegionalOutcome,
  type RegionalTechnology,
} from './regional-templates.js';

/** A set of written-out listings, one seed item per record. */
export interface ListingRecords {
  technologies: readonly RegionalTechnology[];
  equipment: readonly RegionalEquipment[];
  needs: readonly RegionalNeed[];
  experts: readonly RegionalExpert[];
  /** records without an explicit outcome are published (otherwise about one in five is not) */
  mostlyPublished?: boolean;
}

export const REGIONAL_RECORDS: ListingRecords = {
  technologies: REGIONAL_TECHNOLOGIES,
  equipment: REGIONAL_EQUIPMENT,
  needs: REGIONAL_NEEDS,
  experts: REGIONAL_EXPERTS,
};

/** The officer's reasons for returning a listing, by what is being returned. */
const RETURN_REASONS = {
  offer: [
    'Đề nghị nêu rõ kết quả thử nghiệm hoặc địa chỉ đã áp dụng để người xem đánh giá mức độ sẵn sàng.',
    'Phần mô tả chưa nêu phạm vi chuyển giao và chi phí dự kiến; đề nghị bổ sung trước khi công bố.',
    'Đề nghị đính kèm tài liệu về tình trạng bảo hộ sở hữu trí tuệ (số đơn hoặc số bằng).',
  ],
  need: [
    'Đề nghị nêu rõ quy mô sản xuất hiện tại và yêu cầu kỹ thuật để đơn vị cung ứng đề xuất giải pháp phù hợp.',
    'Ngân sách dự kiến chưa rõ đã gồm chi phí lắp đặt, đào tạo hay chưa; đề nghị làm rõ.',
  ],
  expert: [
    'Đề nghị bổ sung các công trình, kết quả tiêu biểu kèm năm công bố.',
    'Đề nghị bổ sung thư điện tử hoặc số điện thoại liên hệ tư vấn.',
  ],
} as const;

const MODE_NAMES: Record<TransferMode, string> = {
  licence: 'cấp phép sử dụng (li-xăng)',
  assignment: 'chuyển nhượng',
  turnkey: 'chuyển giao trọn gói',
  joint_venture: 'góp vốn, liên doanh',
  consulting_training: 'tư vấn, đào tạo kỹ thuật',
};

const CONDITION_NOTES = {
  new: 'Hàng mới, bảo hành 12 tháng, hỗ trợ lắp đặt và hướng dẫn vận hành.',
  used_good: 'Đã qua sử dụng, hoạt động tốt; có thể xem máy chạy thực tế trước khi mua.',
  used_fair: 'Thanh lý, thiết bị cần bảo dưỡng trước khi đưa vào vận hành.',
  refurbished: 'Đã tân trang, thay linh kiện hao mòn, bảo hành 6 tháng.',
} as const;

const organisation = (key: DemoOrganisationKey): DemoOrganisation => {
  const found = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!found) throw new Error(`unknown demo organisation ${key}`);
  return found;
};

function communeCode(provinceCode: string, name: string): string {
  const commune = PROVINCES.find((p) => p.code === provinceCode)?.communes.find((c) => c.name === name);
  if (!commune) throw new Error(`no commune ${name} in province ${provinceCode}`);
  return commune.code;
}

function communeName(provinceCode: string, code: string): string {
  return PROVINCES.find((p) => p.code === provinceCode)?.communes.find((c) => c.code === code)?.name ?? code;
}

const million = (value: number) => String(Math.round(value * 1_000_000));

/**
 * Explicit outcomes for the demo users' organisations; otherwise about four in five published, or
 * (`mostlyPublished` sets, whose records name their few unpublished states) all published.
 */
function outcome(
  explicit: RegionalOutcome | undefined,
  index: number,
  kind: keyof typeof RETURN_REASONS,
  returnReason?: string,
  mostlyPublished = false,
): SeedOutcome {
  const reasons = RETURN_REASONS[kind];
  const reason = returnReason ?? reasons[index % reasons.length] ?? '';
  switch (explicit) {
    case 'draft':
    case 'submitted':
      return { status: explicit };
    case 'returned':
      return { status: 'returned', reason };
    case 'published':
      return { status: 'published' };
    case undefined:
      break;
  }
  const slot = index % 12;
  if (mostlyPublished) return slot === 3 ? { status: 'published', editAfterPublish: true } : { status: 'published' };
  if (slot === 3) return { status: 'published', editAfterPublish: true };
  if (slot === 10) return { status: 'submitted' };
  if (slot === 11) return index % 24 === 11 ? { status: 'returned', reason } : { status: 'archived' };
  return { status: 'published' };
}

function technologies(records: readonly RegionalTechnology[], mostly: boolean): SeedItem[] {
  return records.map((template, index) => {
    const owner = organisation(template.owner);
    const commune = template.commune ? communeCode(owner.provinceCode, template.commune) : owner.communeCode;
    const description = [
      template.summary,
      `Ưu điểm nổi bật:\n${template.highlights.map((h) => `- ${h}`).join('\n')}`,
      `Hình thức chuyển giao: ${template.modes.map((m) => MODE_NAMES[m]).join('; ')}.`,
      `Đơn vị chuyển giao: ${owner.name}. Địa điểm trình diễn: ${communeName(owner.provinceCode, commune)}.`,
    ].join('\n\n');
    return {
      type: 'offer',
      owner: owner.key,
      outcome: outcome(template.outcome, index, 'offer', undefined, mostly),
      input: {
        kind: 'technology',
        title: template.title,
        summary: template.summary,
        description,
        sectorCode: template.sector,
        keywords: template.keywords,
        trl: template.trl,
        ipStatus: template.ip,
        transferModes: template.modes,
        price: template.priceMillions === null ? { negotiable: true } : { amountVnd: million(template.priceMillions) },
        locality: { provinceCode: owner.provinceCode, communeCode: commune },
        contact: owner.contact,
      },
    } satisfies SeedItem;
  });
}

function equipment(records: readonly RegionalEquipment[], start: number, mostly: boolean): SeedItem[] {
  return records.map((template, index) => {
    const owner = organisation(template.owner);
    const note = CONDITION_NOTES[template.condition];
    return {
      type: 'offer',
      owner: owner.key,
      outcome: outcome(template.outcome, start + index, 'offer', undefined, mostly),
      input: {
        kind: 'equipment',
        title: template.title,
        summary: `${template.summary} ${note}`,
        description: [
          template.summary,
          `Thông số chính:\n${template.specifications.map(([name, value]) => `- ${name}: ${value}`).join('\n')}`,
          note,
          `Số lượng sẵn có: ${template.quantity}. Liên hệ ${owner.name} để xem thiết bị và nhận báo giá vận chuyển.`,
        ].join('\n\n'),
        sectorCode: template.sector,
        keywords: template.keywords,
        trl: 9,
        ipStatus: 'none',
        transferModes: ['assignment'],
        price: template.priceMillions === null ? { negotiable: true } : { amountVnd: million(template.priceMillions) },
        locality: { provinceCode: owner.provinceCode, communeCode: owner.communeCode },
        contact: owner.contact,
        equipment: {
          specifications: template.specifications.map(([name, value]) => ({ name, value })),
          condition: template.condition,
          quantity: template.quantity,
        },
      },
    } satisfies SeedItem;
  });
}

function needs(records: readonly RegionalNeed[], start: number, mostly: boolean): SeedItem[] {
  return records.map((template, index): SeedItem => {
    const [min, max] = template.budgetMillions;
    const base = {
      title: template.title,
      sectorCode: template.sector,
      keywords: template.keywords,
      ...(template.desiredTrl !== null ? { desiredTrl: template.desiredTrl } : {}),
      budget: {
        ...(min !== null ? { minVnd: million(min) } : {}),
        ...(max !== null ? { maxVnd: million(max) } : {}),
      },
      wantedBy: template.wantedBy,
    };
    const result = outcome(template.outcome, start + index, 'need', template.returnReason, mostly);
    if ('onBehalfOf' in template) {
      const commune = communeCode(HOME_PROVINCE_CODE, template.commune);
      const input: NeedInput = {
        ...base,
        problem: `${template.problem}\n\nNhu cầu do cán bộ Sở ghi nhận khi làm việc với ${template.onBehalfOf} tại ${template.commune}.`,
        locality: { provinceCode: HOME_PROVINCE_CODE, communeCode: commune },
        contact: template.contact,
      };
      return { type: 'need-intake', onBehalfOfName: template.onBehalfOf, input, outcome: result };
    }
    const owner = organisation(template.owner);
    const input: NeedInput = {
      ...base,
      problem: template.problem,
      locality: { provinceCode: owner.provinceCode, communeCode: owner.communeCode },
      contact: owner.contact,
    };
    return { type: 'need', owner: owner.key, input, outcome: result };
  });
}

const BIOGRAPHY_CLOSINGS = [
  'Thường xuyên phối hợp với doanh nghiệp, hợp tác xã để đưa kết quả nghiên cứu vào sản xuất.',
  'Tham gia hội đồng đánh giá đề tài khoa học và công nghệ cấp tỉnh, cấp bộ.',
  'Hướng dẫn nhiều học viên cao học và nghiên cứu sinh; giảng dạy các lớp tập huấn cho nông dân.',
  'Có kinh nghiệm xây dựng hồ sơ đăng ký sở hữu trí tuệ và chuyển giao công nghệ.',
];

function experts(records: readonly RegionalExpert[], start: number, mostly: boolean): SeedItem[] {
  return records.map((template, index) => {
    const owner = organisation(template.owner);
    const domain = owner.contact.email.split('@')[1] ?? 'example.vn';
    return {
      type: 'expert',
      owner: owner.key,
      outcome: outcome(template.outcome, start + index, 'expert', undefined, mostly),
      input: {
        fullName: template.fullName,
        academicTitle: template.academicTitle,
        fieldCodes: template.fieldCodes,
        keywords: template.keywords,
        results: template.results,
        availableForConsulting: template.availableForConsulting,
        biography: `${template.academicTitle} ${template.fullName} có ${template.years} năm nghiên cứu về ${template.speciality} tại ${owner.name}. ${BIOGRAPHY_CLOSINGS[index % BIOGRAPHY_CLOSINGS.length]}`,
        locality: { provinceCode: owner.provinceCode, communeCode: owner.communeCode },
        contact: { name: `${template.academicTitle} ${template.fullName}`, email: `${template.email}@${domain}` },
      },
    } satisfies SeedItem;
  });
}

/** Written-out listings in seeding order (same result on every call): offers, needs, experts. */
export function buildListingItems(records: ListingRecords): SeedItem[] {
  const mostly = records.mostlyPublished === true;
  const technology = technologies(records.technologies, mostly);
  const equipmentItems = equipment(records.equipment, technology.length, mostly);
  const needItems = needs(records.needs, technology.length + equipmentItems.length, mostly);
  return [
    ...technology,
    ...equipmentItems,
    ...needItems,
    ...experts(records.experts, technology.length + equipmentItems.length + needItems.length, mostly),
  ];
}
