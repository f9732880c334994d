// Seeds the dozen demo OCOP products through the OCOP service (so the outbox carries the same
// events real use would: products supported, barcodes issued, marks registered). Runs once
// (seed_runs); after a crash it resumes, skipping products already enrolled.
import type { PrismaClient } from '../generated/prisma/client.js';
import { DEMO_PEOPLE } from '../seed/demo-people.js';
import type { Actor } from '../shared/actor.js';
import { DEMO_OCOP_PRODUCTS, type DemoItemStage, type DemoOcopProduct } from './ocop-demo.data.js';
import { type ItemDetails, type OcopItemCode, withCheckDigit } from './ocop-rules.js';
import type { OcopService } from './ocop.service.js';

export const OCOP_DEMO_SEED_NAME = 'ip-support-ocop-demo-v1';
const ORDER: readonly OcopItemCode[] = ['label', 'barcode', 'base_standard', 'quality_system', 'ip_right'];

const officer: Actor = {
  userId: DEMO_PEOPLE.canbo.userId,
  displayName: DEMO_PEOPLE.canbo.displayName,
  organisationId: DEMO_PEOPLE.canbo.organisationId,
  organisationName: DEMO_PEOPLE.canbo.organisationName,
  roles: ['officer'],
  localityCode: '87',
};

function memberOf(product: DemoOcopProduct): Actor {
  const own = product.organisation.id === DEMO_PEOPLE.doanhnghiep2.organisationId;
  return {
    userId: own ? DEMO_PEOPLE.doanhnghiep2.userId : `demo-${product.organisation.id}`,
    displayName: own ? DEMO_PEOPLE.doanhnghiep2.displayName : `Ban quản trị ${product.organisation.name}`,
    organisationId: product.organisation.id,
    organisationName: product.organisation.name,
    roles: ['business'],
    localityCode: '87',
  };
}

function details(
  code: OcopItemCode,
  product: DemoOcopProduct,
  index: number,
  stage: DemoItemStage,
  mandatoryLabelFields: string[],
): ItemDetails {
  switch (code) {
    case 'label':
      return {
        prepacked: product.category !== 'handicraft',
        fieldsPresent: mandatoryLabelFields,
        netQuantity: product.category === 'handicraft' ? null : { value: 500, unit: 'g', digitHeightMm: 4 },
      };
    case 'barcode':
      return {
        companyPrefix: product.gs1Prefix,
        gtin: withCheckDigit(`${product.gs1Prefix}${String(index + 1).padStart(12 - product.gs1Prefix.length, '0')}`),
      };
    case 'base_standard':
      return { standardCode: `TCCS 01:2025/HTX${String(index + 1).padStart(2, '0')}`, publishedOn: '2025-06-16' };
    case 'quality_system':
      return {
        system: product.category === 'food' ? 'HACCP' : 'VietGAP',
        certificateNumber: `QMS-2025-${String(index + 1).padStart(3, '0')}`,
        validUntil: '2028-06-30',
      };
    case 'ip_right':
      return {
        right:
          product.organisation.name.includes('Xoài') || product.organisation.name.includes('Chiếu')
            ? 'collective_mark'
            : 'trademark',
        certificateNumber: stage === 'draft' ? null : `4-0${String(480_000 + index * 37).padStart(6, '0')}-000`,
      };
  }
}

export async function seedOcopDemo(deps: { prisma: PrismaClient; ocop: OcopService }): Promise<number> {
  const { prisma, ocop } = deps;
  if (await prisma.seedRun.findUnique({ where: { name: OCOP_DEMO_SEED_NAME } })) return 0;
  let count = 0;
  for (const [index, demo] of DEMO_OCOP_PRODUCTS.entries()) {
    const exists = await prisma.ocopProduct.findFirst({
      where: { organisationId: demo.organisation.id, name: demo.name },
    });
    if (exists) continue;
    const member = memberOf(demo);
    const created = await ocop.create(member, {
      name: demo.name,
      category: demo.category,
      description: demo.description,
      targetStars: demo.targetStars,
      currentStars: demo.currentStars,
    });
    const mandatory = created.labelFields.filter((f) => f.mandatory && f.code !== 'net_quantity').map((f) => f.code);
    for (const code of ORDER) {
      const stage = demo.items[code];
      if (!stage) continue;
      if (stage === 'na') {
        await ocop.updateItem(officer, created.id, code, {
          status: 'not_applicable',
          note: 'Không áp dụng cho sản phẩm này.',
        });
        continue;
      }
      const filled = details(code, demo, index, stage, mandatory);
      await ocop.updateItem(member, created.id, code, {
        details: filled,
        ...(stage === 'draft' ? {} : { status: 'ready_for_review' as const }),
      });
      if (stage === 'done')
        await ocop.updateItem(officer, created.id, code, { status: 'done', note: 'Đã kiểm tra hồ sơ.' });
    }
    if (demo.help) await ocop.askHelp(member, created.id, demo.help);
    count++;
  }
  await prisma.seedRun.create({ data: { name: OCOP_DEMO_SEED_NAME, items: DEMO_OCOP_PRODUCTS.length } });
  return count;
}
