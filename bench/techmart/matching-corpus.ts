// The matching benchmarks' and quality script's corpus: the Techmart demo catalogue's published
// listings as matching documents (the same facts the service indexes from its events), and a
// seeded scale-up of them for the latency runs.
import { DEMO_ORGANISATIONS } from '../../services/techmart/src/seed/demo-organisations.js';
import { buildDemoCatalogue, seededRandom } from '../../services/techmart/src/seed/demo-catalogue.js';
import type { MatchDocumentData } from '../../services/techmart/src/matching/match-document.js';

const orgName = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key);

export interface LabelledDoc extends MatchDocumentData {
  /** offer title, need title or expert name: what the labelled set names */
  label: string;
}

/** The published demo listings as matching documents, with stable ids (catalogue position). */
export function demoDocuments(): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  for (const [index, item] of buildDemoCatalogue().entries()) {
    if (item.outcome.status !== 'published') continue;
    const id = `00000000-0000-7000-8000-${String(index).padStart(12, '0')}`;
    const owner =
      item.type === 'need-intake'
        ? { id: `intake-${item.onBehalfOfName}`, name: item.onBehalfOfName }
        : { id: orgName(item.owner)?.id ?? item.owner, name: orgName(item.owner)?.name ?? item.owner };
    const common = {
      id,
      trl: null,
      priceVnd: null,
      negotiable: false,
      desiredTrl: null,
      budgetMinVnd: null,
      budgetMaxVnd: null,
      transferModes: [] as MatchDocumentData['transferModes'],
      ownerOrganisationId: owner.id,
      ownerName: owner.name,
      publishedAt: new Date('2026-06-01T00:00:00Z'),
    };
    if (item.type === 'offer') {
      const o = item.input;
      docs.push({
        ...common,
        label: o.title,
        kind: o.kind,
        title: o.title,
        body: `${o.summary}\n${o.description}`,
        keywords: o.keywords,
        sectorCodes: [o.sectorCode],
        trl: o.trl ?? null,
        priceVnd: 'amountVnd' in o.price ? BigInt(o.price.amountVnd) : null,
        negotiable: !('amountVnd' in o.price),
        provinceCode: o.locality.provinceCode,
        communeCode: o.locality.communeCode ?? null,
        transferModes: o.transferModes,
      });
    } else if (item.type === 'expert') {
      const e = item.input;
      docs.push({
        ...common,
        label: e.fullName,
        kind: 'expert',
        title: [e.academicTitle, e.fullName].filter(Boolean).join(' '),
        body: `${e.biography}\n${e.results.map((r) => r.title).join('\n')}`,
        keywords: e.keywords,
        sectorCodes: e.fieldCodes,
        negotiable: true,
        provinceCode: e.locality.provinceCode,
        communeCode: e.locality.communeCode ?? null,
        transferModes: e.availableForConsulting ? ['consulting_training'] : [],
      });
    } else {
      const n = item.input;
      docs.push({
        ...common,
        label: n.title,
        kind: 'need',
        title: n.title,
        body: n.problem,
        keywords: n.keywords,
        sectorCodes: [n.sectorCode],
        desiredTrl: n.desiredTrl ?? null,
        budgetMinVnd: n.budget?.minVnd ? BigInt(n.budget.minVnd) : null,
        budgetMaxVnd: n.budget?.maxVnd ? BigInt(n.budget.maxVnd) : null,
        provinceCode: n.locality.provinceCode,
        communeCode: n.locality.communeCode ?? null,
      });
    }
  }
  return docs;
}

const COMMUNES = ['30268', '30223', '30235', '30244', '30259', '30274', '30283', '30295'];
const PROVINCES = ['87', '87', '87', '92', '86', '91', '79', '01'];

/**
 * `count` documents of a kind made from the demo ones: the text of one demo listing with words of a
 * second mixed in (so postings are as dense as in a real catalogue, not copies), and the structured
 * fields varied (sector, TRL, price, place, owner) with a seeded generator.
 */
export function scaledDocuments(
  base: readonly LabelledDoc[],
  kind: 'offer' | 'need',
  count: number,
  seed: number,
): MatchDocumentData[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pool = base.filter((d) =>
    kind === 'need' ? d.kind === 'need' : d.kind === 'technology' || d.kind === 'equipment',
  );
  const out: MatchDocumentData[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(pool);
    const b = pick(pool);
    const words = b.body.split(/\s+/);
    const start = Math.floor(random() * Math.max(1, words.length - 12));
    const province = pick(PROVINCES);
    out.push({
      ...a,
      id: `${kind === 'need' ? 'n' : 'o'}-${seed}-${i}`,
      body: `${a.body}\n${words.slice(start, start + 12).join(' ')}`,
      sectorCodes: random() < 0.8 ? a.sectorCodes : b.sectorCodes,
      trl: a.kind === 'need' ? null : 3 + Math.floor(random() * 7),
      desiredTrl: a.kind === 'need' ? (random() < 0.7 ? 4 + Math.floor(random() * 5) : null) : null,
      priceVnd: a.kind === 'need' || random() < 0.25 ? null : BigInt(Math.floor(20 + random() * 2000)) * 1_000_000n,
      negotiable: a.kind !== 'need' && random() < 0.25,
      provinceCode: province,
      communeCode: province === '87' ? pick(COMMUNES) : null,
      ownerOrganisationId: `01930000-0000-7000-8000-${String(Math.floor(random() * 3000)).padStart(12, '0')}`,
    });
  }
  return out;
}
