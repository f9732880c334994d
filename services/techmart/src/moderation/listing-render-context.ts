// What every listing view needs besides its own row: the owner's name and the attachments.
// Loaded for a whole batch of records in two queries.

import type { AttachmentRepository } from '../attachments/attachment.repository.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { AttachmentView, OrganisationView } from '../shared/schema-primitives.js';
import type { ListingKind } from './listing-ownership.policy.js';
import type { ListingMeta } from './listing-record.js';
import type { Db } from './listing-workflow.js';

export interface RenderContext {
  owner: OrganisationView;
  attachments: AttachmentView[];
}

export interface RenderDependencies {
  organisations: OrganisationRepository;
  attachments: AttachmentRepository;
}

/** Renders a batch of records, each with its owner and attachments. */
export async function renderListings<R extends ListingMeta, V>(
  db: Db,
  deps: RenderDependencies,
  kind: ListingKind,
  records: readonly R[],
  render: (record: R, context: RenderContext) => V,
): Promise<V[]> {
  if (records.length === 0) return [];
  const [names, attachments] = await Promise.all([
    deps.organisations.names(
      db,
      records.map((r) => r.ownerOrganisationId),
    ),
    deps.attachments.listFor(
      db,
      kind,
      records.map((r) => r.id),
    ),
  ]);
  return records.map((record) =>
    render(record, {
      owner: {
        id: record.ownerOrganisationId,
        name: names.get(record.ownerOrganisationId) ?? record.ownerOrganisationId,
      },
      attachments: attachments.get(record.id) ?? [],
    }),
  );
}
