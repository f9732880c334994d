// Matching quality on the hand-labelled set (a script, not a test):
//   node --conditions=@sti/source --import tsx bench/techmart/matching-quality.ts [--no-write] [--verbose]
// Indexes the demo catalogue's published listings exactly as Techmart's matching does, ranks the
// suppliers for each labelled need (offers, equipment and experts merged by score, as the officer
// reads them) and reports precision@5 (graded 1 or 2 counts as relevant) and nDCG@10 (gains 2 / 1).
// Replaces the `bench:matching-quality` section of docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { MatchEngine } from '../../services/techmart/src/matching/match-engine.js';
import { explainSuggestion } from '../../services/techmart/src/matching/match-explanation.js';
import { CANDIDATE_TYPES } from '../../services/techmart/src/matching/matching.schema.js';
import { writeSection } from '../search/bench-support.js';
import { demoDocuments } from './matching-corpus.js';

const args = process.argv.slice(2);
const WRITE = !args.includes('--no-write');
const VERBOSE = args.includes('--verbose');

interface Labelled {
  need: string;
  relevant: Record<string, number>;
}
const set = JSON.parse(readFileSync(new URL('./matching-labelled-set.json', import.meta.url), 'utf8')) as {
  needs: Labelled[];
};

const docs = demoDocuments();
const engine = new MatchEngine();
for (const doc of docs) engine.upsert(doc);

const dcg = (gains: number[]) => gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

const rows: { need: string; p5: number; ndcg: number; top: string[] }[] = [];
for (const item of set.needs) {
  const need = docs.find((d) => d.kind === 'need' && d.label === item.need);
  if (!need) throw new Error(`labelled need not in the demo data: ${item.need}`);
  for (const name of Object.keys(item.relevant)) {
    if (!docs.some((d) => d.label === name)) throw new Error(`labelled supplier not in the demo data: ${name}`);
  }
  const ranked = CANDIDATE_TYPES.flatMap((type) => engine.rankForNeed(need, type, 10))
    .sort((a, b) => b.score.points - a.score.points)
    .slice(0, 10);
  const labels = ranked.map((r) => (docs.find((d) => d.id === r.doc.id) as { label: string }).label);
  const gains = labels.map((l) => item.relevant[l] ?? 0);
  const ideal = Object.values(item.relevant)
    .sort((a, b) => b - a)
    .slice(0, 10);
  const p5 = gains.slice(0, 5).filter((g) => g > 0).length / 5;
  const ndcg = dcg(ideal) === 0 ? 0 : dcg(gains) / dcg(ideal);
  rows.push({ need: item.need, p5, ndcg, top: labels.slice(0, 5) });
  if (VERBOSE) {
    console.log(`\n${item.need}  P@5 ${p5.toFixed(2)} nDCG@10 ${ndcg.toFixed(2)}`);
    for (const [i, r] of ranked.entries())
      console.log(
        `  ${gains[i] ? `[${gains[i]}]` : '   '} ${r.score.points} ${labels[i]} — ${explainSuggestion(r.score.factors)
          .slice(0, 3)
          .map((e) => e.vi)
          .join('; ')}`,
      );
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p5 = mean(rows.map((r) => r.p5));
const ndcg = mean(rows.map((r) => r.ndcg));
// Precision@5 cannot reach 1 where fewer than five suppliers are relevant: the ceiling says how close we are.
const ceiling = mean(set.needs.map((n) => Math.min(5, Object.keys(n.relevant).length) / 5));
console.log(
  `needs ${rows.length}  precision@5 ${p5.toFixed(3)} (ceiling ${ceiling.toFixed(3)})  nDCG@10 ${ndcg.toFixed(3)}`,
);

if (WRITE) {
  const worst = [...rows].sort((a, b) => a.ndcg - b.ndcg).slice(0, 5);
  await writeSection(
    'matching-quality',
    `## Techmart matching: quality on the labelled set (\`bench/techmart/matching-quality.ts\`)

Run ${new Date().toISOString()}. Corpus: the demo catalogue's published listings (${docs.filter((d) => d.kind !== 'need').length} suppliers — technology offers, equipment, experts — and ${docs.filter((d) => d.kind === 'need').length} needs), indexed exactly as Techmart's matching indexes them from its events. Labelled set: \`bench/techmart/matching-labelled-set.json\`, ${rows.length} needs with the suppliers an officer would introduce (grade 2 solves the problem, 1 is useful), judged from the texts, not from the ranking. Ranking: offers, equipment and experts merged by score, as the workbench shows them.

| measure | value |
| --- | ---: |
| precision@5 (grade ≥ 1 counts) | ${p5.toFixed(3)} |
| precision@5 ceiling (needs with fewer than 5 relevant suppliers cap it) | ${ceiling.toFixed(3)} |
| nDCG@10 (gains 2 / 1) | ${ndcg.toFixed(3)} |

Weakest five needs (nDCG@10): ${worst.map((r) => `“${r.need}” ${r.ndcg.toFixed(2)}`).join('; ')}.`,
  );
}
