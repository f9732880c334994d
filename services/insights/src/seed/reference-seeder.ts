// Loads the shipped data files (indicator definitions, targets, thresholds) once per file version;
// after that, admins edit them through the API and the seed never overwrites their edits.
import type { SqlClient } from '@sti/platform';
import type { Logger } from 'pino';
import { z } from 'zod';
import { indicatorDefinitionSchema } from '../indicators/indicator-definition.js';
import { IndicatorDefinitionRepository } from '../indicators/indicator-definition.repository.js';
import { TargetRepository } from '../targets/target.repository.js';
import definitionsFile from './indicator-definitions.json' with { type: 'json' };
import thresholdsFile from './status-thresholds.json' with { type: 'json' };
import targetsFile from './targets.json' with { type: 'json' };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const targetSchema = z.object({
  indicatorCode: z.string().min(1).max(80),
  provinceCode: z.string().min(1).max(20),
  communeCode: z.string().max(20).default(''),
  year: z.number().int().min(2000).max(2100),
  baselineDate: isoDate,
  baselineValue: z.number().finite().default(0),
  targetDate: isoDate,
  targetValue: z.number().finite(),
  note: z.string().max(500).default(''),
});
export const thresholdsSchema = z
  .object({ greenAt: z.number().min(0).max(10), amberAt: z.number().min(0).max(10) })
  .refine((t) => t.greenAt >= t.amberAt, { message: 'greenAt must be at least amberAt', path: ['greenAt'] });

const files = {
  definitions: z.object({ version: z.number().int(), definitions: z.array(indicatorDefinitionSchema) }),
  targets: z.object({ version: z.number().int(), targets: z.array(targetSchema) }),
  thresholds: z.object({
    version: z.number().int(),
    thresholds: z.array(z.object({ scope: z.string().min(1), greenAt: z.number(), amberAt: z.number() })),
  }),
};

export const SHIPPED_DEFINITIONS = files.definitions.parse(definitionsFile);
export const SHIPPED_TARGETS = files.targets.parse(targetsFile);
export const SHIPPED_THRESHOLDS = files.thresholds.parse(thresholdsFile);

export async function seedReferenceData(db: SqlClient, logger?: Logger): Promise<{ loaded: string[] }> {
  const definitions = new IndicatorDefinitionRepository();
  const targets = new TargetRepository();
  const loaded: string[] = [];
  const once = async (
    name: string,
    work: (sql: Parameters<Parameters<SqlClient['transaction']>[0]>[0]) => Promise<void>,
  ) => {
    await db.transaction(async (sql) => {
      const claimed = await sql.query(
        'INSERT INTO insights_seed (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING 1',
        [name],
      );
      if (claimed.length === 0) return;
      await work(sql);
      loaded.push(name);
    });
  };
  await once(`indicator-definitions@${SHIPPED_DEFINITIONS.version}`, async (sql) => {
    const present = new Set((await definitions.current(sql)).map((d) => d.definition.code));
    for (const definition of SHIPPED_DEFINITIONS.definitions) {
      if (!present.has(definition.code)) await definitions.append(sql, definition, 'seed');
    }
  });
  await once(`targets@${SHIPPED_TARGETS.version}`, async (sql) => {
    for (const target of SHIPPED_TARGETS.targets) await targets.save(sql, target, 'seed');
  });
  await once(`status-thresholds@${SHIPPED_THRESHOLDS.version}`, async (sql) => {
    for (const { scope, ...t } of SHIPPED_THRESHOLDS.thresholds) await targets.saveThresholds(sql, scope, t, 'seed');
  });
  if (loaded.length > 0) logger?.info({ loaded }, 'insights reference data seeded');
  return { loaded };
}
