// Deadline rules as versioned rows (the rule itself as JSON).
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import { fromIso, toIso } from '../holidays/holiday.repository.js';
import type { Db } from '../shared/db.js';
import type { DeadlineRule } from './deadline-rule.js';

export interface StoredDeadlineRule extends DeadlineRule {
  id: string;
  createdBy: string;
  createdAt: Date;
}

export class DeadlineRuleRepository {
  async count(db: Db): Promise<number> {
    return db.deadlineRuleVersion.count();
  }

  async all(db: Db): Promise<StoredDeadlineRule[]> {
    const rows = await db.deadlineRuleVersion.findMany({ orderBy: [{ code: 'asc' }, { version: 'asc' }] });
    return rows.map((r) => ({
      ...(r.rule as unknown as DeadlineRule),
      code: r.code,
      version: r.version,
      effectiveFrom: toIso(r.effectiveFrom),
      id: r.id,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
    }));
  }

  async nextVersion(db: Db, code: string): Promise<number> {
    const last = await db.deadlineRuleVersion.findFirst({ where: { code }, orderBy: { version: 'desc' } });
    return (last?.version ?? 0) + 1;
  }

  async insert(db: Db, rule: DeadlineRule, createdBy: string): Promise<StoredDeadlineRule> {
    const row = await db.deadlineRuleVersion.create({
      data: {
        id: uuidv7(),
        code: rule.code,
        version: rule.version,
        effectiveFrom: fromIso(rule.effectiveFrom),
        rule: rule as unknown as Prisma.InputJsonValue,
        createdBy,
      },
    });
    return { ...rule, id: row.id, createdBy, createdAt: row.createdAt };
  }
}
