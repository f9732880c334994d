// Exchange clients: the machine credentials another exchange imports with.

import type { ExchangeClient } from '../generated/prisma/client.js';
import type { Db } from '../moderation/listing-workflow.js';

export type ExchangeClientRow = ExchangeClient;

export class ExchangeClientRepository {
  async insert(db: Db, row: ExchangeClientRow): Promise<void> {
    await db.exchangeClient.create({ data: row });
  }

  find(db: Db, id: string): Promise<ExchangeClientRow | null> {
    return db.exchangeClient.findUnique({ where: { id } });
  }

  list(db: Db): Promise<ExchangeClientRow[]> {
    return db.exchangeClient.findMany({ orderBy: { createdAt: 'asc' }, take: 500 });
  }

  async revoke(db: Db, id: string, at: Date): Promise<ExchangeClientRow | null> {
    const found = await this.find(db, id);
    if (!found) return null;
    if (found.revokedAt) return found;
    return db.exchangeClient.update({ where: { id }, data: { revokedAt: at } });
  }

  async touch(db: Db, id: string, at: Date): Promise<void> {
    await db.exchangeClient.update({ where: { id }, data: { lastUsedAt: at } });
  }
}
