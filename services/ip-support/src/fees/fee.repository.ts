// Fee tables as versioned rows (items as JSON).
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import { fromIso, toIso } from '../holidays/holiday.repository.js';
import type { Db } from '../shared/db.js';
import type { FeeItem, FeeTable } from './fee-table.js';

export interface StoredFeeTable extends FeeTable {
  id: string;
  createdBy: string;
  createdAt: Date;
}

export class FeeRepository {
  async all(db: Db): Promise<StoredFeeTable[]> {
    const rows = await db.feeTable.findMany({ orderBy: { version: 'asc' } });
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      effectiveFrom: toIso(r.effectiveFrom),
      legalBasis: r.legalBasis,
      items: r.items as unknown as FeeItem[],
      createdBy: r.createdBy,
      createdAt: r.createdAt,
    }));
  }

  async insert(db: Db, table: Omit<FeeTable, 'version'>, createdBy: string): Promise<StoredFeeTable> {
    const last = await db.feeTable.findFirst({ orderBy: { version: 'desc' } });
    const version = (last?.version ?? 0) + 1;
    const row = await db.feeTable.create({
      data: {
        id: uuidv7(),
        version,
        effectiveFrom: fromIso(table.effectiveFrom),
        legalBasis: table.legalBasis,
        items: table.items as unknown as Prisma.InputJsonValue,
        createdBy,
      },
    });
    return { ...table, version, id: row.id, createdBy, createdAt: row.createdAt };
  }
}
