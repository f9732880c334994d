// Data exchange with the national and regional exchanges: the export feed another exchange polls,
// imports it pushes (or an operator runs from a file), and the machine clients allowed to push.

import { problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { ListingRecord } from '../moderation/listing-record.js';
import { newListing } from '../moderation/listing-record.js';
import type { Db, ListingViewShape, ListingWorkflow, Transactions } from '../moderation/listing-workflow.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { Actor } from '../shared/actor.js';
import { hasRole } from '../shared/actor.js';
import { validationFailed } from '../shared/problems.js';
import { hashClientSecret, newClientSecret, verifyClientSecret } from './client-secret.js';
import type { ExchangeClientRepository, ExchangeClientRow } from './exchange-client.repository.js';
import type { ExchangeFeedRepository } from './exchange-feed.repository.js';
import {
  type ExchangeClientCreated,
  type ExchangeClientInput,
  type ExchangeClientView,
  FEED_FORMAT,
  FEED_LISTING_TYPES,
  FEED_VERSION,
  type FeedListingType,
  type FeedPage,
  type FeedQuery,
  type ImportRecordReport,
  type ImportReport,
  type ImportRequest,
} from './exchange.schema.js';
import { decodeFeedCursor, encodeFeedCursor, toFeedItem } from './feed-mapping.js';
import {
  importChanges,
  importedOwnerId,
  type ParsedRecord,
  parseFeedRecord,
  type ReferenceChecks,
} from './import-rules.js';

export interface ExchangeSource {
  code: string;
  name: { vi: string; en: string };
}

/** This platform as a source in its own feed (EXCHANGE_SOURCE_CODE / _NAME_VI / _NAME_EN). */
export const DEFAULT_EXCHANGE_SOURCE: ExchangeSource = {
  code: 'dongthap-techmart',
  name: { vi: 'Sàn giao dịch công nghệ tỉnh Đồng Tháp', en: 'Dong Thap Technology Exchange' },
};

type AnyWorkflow = ListingWorkflow<unknown, ListingViewShape>;

export interface ExchangeServiceDependencies {
  db: Db;
  transactions: Transactions;
  reference: ReferenceChecks;
  organisations: OrganisationRepository;
  feed: ExchangeFeedRepository;
  clients: ExchangeClientRepository;
  workflows: Record<FeedListingType, AnyWorkflow>;
  source?: ExchangeSource | undefined;
  clock?: () => Date;
}

export class ExchangeService {
  private readonly source: ExchangeSource;
  private readonly clock: () => Date;

  constructor(private readonly deps: ExchangeServiceDependencies) {
    this.source = deps.source ?? DEFAULT_EXCHANGE_SOURCE;
    this.clock = deps.clock ?? (() => new Date());
  }

  async feed(query: FeedQuery): Promise<FeedPage> {
    const after = query.since === undefined ? 0n : decodeFeedCursor(query.since);
    if (after === undefined) {
      throw validationFailed([
        {
          field: 'since',
          code: 'invalid_cursor',
          message: { vi: 'Con trỏ nguồn dữ liệu không hợp lệ.', en: 'The feed cursor is not valid.' },
        },
      ]);
    }
    const rows = await this.deps.feed.page(this.deps.db, after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1)?.sequence ?? after;
    return {
      format: FEED_FORMAT,
      version: FEED_VERSION,
      source: this.source,
      generatedAt: this.clock().toISOString(),
      items: page.map(toFeedItem),
      cursor: encodeFeedCursor(last),
      hasMore: rows.length > query.limit,
    };
  }

  /** Upserts each record by (source, its id there); a bad record is reported and the rest go on. */
  async importRecords(source: ExchangeSource, request: Pick<ImportRequest, 'items'>): Promise<ImportReport> {
    const actor: Actor = {
      userId: `exchange:${source.code}`,
      displayName: source.name.vi,
      organisationId: null,
      organisationName: null,
      roles: [],
    };
    const ensuredOwners = new Set<string>();
    const parsed = request.items.map((raw) => parseFeedRecord(raw, this.deps.reference));
    const existing = await this.existingCopies(source.code, parsed);
    const records: ImportRecordReport[] = [];
    for (const [index, record] of parsed.entries()) {
      records.push(await this.importOne(source, actor, index, record, existing, ensuredOwners));
    }
    const counts = { created: 0, updated: 0, unchanged: 0, archived: 0, rejected: 0 };
    for (const record of records) counts[record.outcome] += 1;
    return { source: source.code, counts, records };
  }

  /** The copies already here of a batch's records, one query per listing type. */
  private async existingCopies(
    sourceCode: string,
    parsed: ParsedRecord[],
  ): Promise<Map<string, ListingRecord<unknown>>> {
    const found = new Map<string, ListingRecord<unknown>>();
    for (const type of FEED_LISTING_TYPES) {
      const ids = parsed.flatMap((record) => (record.ok && record.type === type ? [record.externalId] : []));
      const copies = await this.deps.workflows[type].findManyFromSource(this.deps.db, sourceCode, ids);
      for (const copy of copies) found.set(`${type}:${copy.provenance?.externalId}`, copy);
    }
    return found;
  }

  private async importOne(
    source: ExchangeSource,
    actor: Actor,
    index: number,
    parsed: ParsedRecord,
    copies: Map<string, ListingRecord<unknown>>,
    ensuredOwners: Set<string>,
  ): Promise<ImportRecordReport> {
    if (!parsed.ok) {
      return {
        index,
        ...(parsed.type !== undefined ? { type: parsed.type } : {}),
        ...(parsed.externalId !== undefined ? { externalId: parsed.externalId } : {}),
        outcome: 'rejected',
        problems: parsed.problems,
      };
    }
    const base = { index, type: parsed.type, externalId: parsed.externalId };
    const workflow = this.deps.workflows[parsed.type];
    const existing = copies.get(`${parsed.type}:${parsed.externalId}`) ?? null;
    try {
      if (parsed.change === 'tombstone') {
        if (!existing) return { ...base, outcome: 'unchanged', problems: [] };
        const outcome = await workflow.archiveFromSource(actor, existing.id);
        return { ...base, outcome, listingId: existing.id, problems: [] };
      }
      const ownerOrganisationId = importedOwnerId(source.code, parsed.owner.id);
      const provenance = { sourceCode: source.code, sourceName: source.name, externalId: parsed.externalId };
      const incoming = { content: parsed.content, ownerOrganisationId, provenance };
      // Most records of a repeated poll are unchanged: no transaction, no lock for them.
      if (existing && !importChanges(existing, incoming)) {
        return { ...base, outcome: 'unchanged', listingId: existing.id, problems: [] };
      }
      if (!ensuredOwners.has(ownerOrganisationId)) {
        await this.deps.organisations.ensure(this.deps.db, { id: ownerOrganisationId, name: parsed.owner.name });
        ensuredOwners.add(ownerOrganisationId);
      }
      const result = await workflow.putFromSource(actor, existing?.id ?? null, (current, now) => {
        if (!importChanges(current, incoming)) return null;
        const importedAt = current?.provenance?.importedAt ?? now.toISOString();
        const base: ListingRecord<unknown> = current
          ? { ...current, revision: current.revision + 1, ownerOrganisationId, content: parsed.content }
          : newListing({ id: uuidv7(), ownerOrganisationId, createdBy: actor.userId, content: parsed.content, now });
        // The source decides when its listing lapses (a tombstone); no local expiry for copies.
        return { ...base, provenance: { ...provenance, importedAt }, expiresAt: null, expiredAt: null };
      });
      return {
        ...base,
        outcome: result.outcome,
        ...(result.id ? { listingId: result.id } : {}),
        problems: [],
      };
    } catch (error) {
      return {
        ...base,
        outcome: 'rejected',
        problems: [
          {
            field: '(record)',
            code: 'import_failed',
            message: {
              vi: 'Không lưu được bản ghi này; hãy gửi lại sau.',
              en: `The record could not be saved; send it again later (${(error as Error).message.slice(0, 200)}).`,
            },
          },
        ],
      };
    }
  }

  async createClient(actor: Actor | null, input: ExchangeClientInput): Promise<ExchangeClientCreated> {
    this.assertAdmin(actor);
    const secret = newClientSecret();
    const row: ExchangeClientRow = {
      id: uuidv7(),
      name: input.name,
      sourceCode: input.sourceCode,
      sourceNameVi: input.sourceName.vi,
      sourceNameEn: input.sourceName.en,
      secretHash: hashClientSecret(secret),
      createdBy: (actor as Actor).userId,
      createdAt: this.clock(),
      revokedAt: null,
      lastUsedAt: null,
    };
    await this.deps.clients.insert(this.deps.db, row);
    return { ...clientView(row), secret };
  }

  async listClients(actor: Actor | null): Promise<{ items: ExchangeClientView[] }> {
    this.assertAdmin(actor);
    return { items: (await this.deps.clients.list(this.deps.db)).map(clientView) };
  }

  async revokeClient(actor: Actor | null, id: string): Promise<ExchangeClientView> {
    this.assertAdmin(actor);
    const row = await this.deps.clients.revoke(this.deps.db, id, this.clock());
    if (!row) throw problem('not_found', { detail: `exchange client ${id}` });
    return clientView(row);
  }

  /** The client behind an import request; 401 for an unknown, revoked or wrong credential. */
  async authenticateClient(id: string | undefined, secret: string | undefined): Promise<ExchangeSource> {
    const refuse = () =>
      problem('unauthenticated', {
        message: {
          vi: 'Thông tin xác thực của sàn đối tác không hợp lệ.',
          en: 'The exchange client credentials are not valid.',
        },
      });
    if (!id || !secret || !/^[0-9a-f-]{36}$/i.test(id)) throw refuse();
    const row = await this.deps.clients.find(this.deps.db, id.toLowerCase());
    if (!row || row.revokedAt || !verifyClientSecret(secret, row.secretHash)) throw refuse();
    await this.deps.clients.touch(this.deps.db, row.id, this.clock());
    return { code: row.sourceCode, name: { vi: row.sourceNameVi, en: row.sourceNameEn } };
  }

  /** The names recorded for a source (its client's), for the CLI; the code itself when none. */
  async sourceNamed(code: string): Promise<ExchangeSource> {
    const row = (await this.deps.clients.list(this.deps.db)).find((client) => client.sourceCode === code);
    return row
      ? { code, name: { vi: row.sourceNameVi, en: row.sourceNameEn } }
      : { code, name: { vi: code, en: code } };
  }

  private assertAdmin(actor: Actor | null): void {
    if (!actor) throw problem('unauthenticated');
    if (!hasRole(actor, 'admin')) throw problem('forbidden');
  }
}

function clientView(row: ExchangeClientRow): ExchangeClientView {
  return {
    id: row.id,
    name: row.name,
    sourceCode: row.sourceCode,
    sourceName: { vi: row.sourceNameVi, en: row.sourceNameEn },
    createdAt: row.createdAt.toISOString(),
    ...(row.revokedAt ? { revokedAt: row.revokedAt.toISOString() } : {}),
    ...(row.lastUsedAt ? { lastUsedAt: row.lastUsedAt.toISOString() } : {}),
  };
}
