// Images and documents attached to listings. Adding one is an edit of the listing (revision + 1,
// an Updated event carrying the new attachment list; a published listing goes back to moderation).
// Order matters: the listing's existence and the caller's right to edit it are checked before a
// byte of the upload is read; the upload streams into a temporary file and only moves into place
// once it passed the size and type checks.

import type { ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type AttachmentStore, ORPHAN_GRACE_MS, storeUpload } from '@sti/attachments';
import { problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db, ListingViewShape, ListingWorkflow, WorkingView } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import type { AttachmentView } from '../shared/schema-primitives.js';
import { listingNotFound } from '../shared/problems.js';
import type { AttachmentRepository } from './attachment.repository.js';

type AnyWorkflow = ListingWorkflow<unknown, ListingViewShape & { attachments: AttachmentView[] }>;

/** The upload as the HTTP layer opens it, only after the permission check. */
export interface UploadSource {
  fileName: string;
  stream: Readable;
  /** optional optimistic-concurrency check, as for edits */
  revision?: number | undefined;
}

export class AttachmentService {
  constructor(
    private readonly deps: {
      db: Db;
      store: AttachmentStore;
      attachments: AttachmentRepository;
      workflows: Record<ListingKind, AnyWorkflow>;
    },
  ) {}

  /**
   * `open` is called only once the listing exists and the actor may edit it, so a refused upload
   * is never read, let alone stored.
   */
  async add(
    actor: Actor | null,
    kind: ListingKind,
    listingId: string,
    open: () => Promise<UploadSource>,
  ): Promise<AttachmentView> {
    if (!actor) throw problem('unauthenticated');
    const workflow = this.deps.workflows[kind];
    await workflow.assertMayEdit(actor, listingId);
    const upload = await open();
    // Size, emptiness and type are checked while and after streaming; the file is in place before
    // the transaction: if the edit then fails, it is an orphan the sweep removes.
    const stored = await storeUpload(this.deps.store, upload);
    const attachment: AttachmentView = { id: uuidv7(), ...stored };
    await workflow.edit(
      actor,
      listingId,
      upload.revision,
      (current) => current.content,
      (tx) =>
        this.deps.attachments.insert(tx, {
          ...attachment,
          listingType: kind,
          listingId,
          createdBy: actor.userId,
          createdAt: new Date(),
        }),
    );
    return attachment;
  }

  /** Readers see the attachments of the version they may read (the public: the published one). */
  async open(
    actor: Actor | null,
    kind: ListingKind,
    listingId: string,
    attachmentId: string,
  ): Promise<{ attachment: AttachmentView; stream: ReadStream }> {
    const view = (await this.deps.workflows[kind].get(actor, listingId)) as WorkingView<{
      attachments: AttachmentView[];
    }>;
    const attachment = [...view.attachments, ...(view.publishedVersion?.attachments ?? [])].find(
      (a) => a.id === attachmentId,
    );
    if (!attachment) throw listingNotFound(kind, `${listingId}/attachments/${attachmentId}`);
    return { attachment, stream: this.deps.store.open(attachment.sha256) };
  }

  /** Removes stale temporary files and stored files no attachment refers to (run periodically). */
  sweep(now?: Date): Promise<{ temporary: number; orphans: number }> {
    return this.deps.store.sweep({
      isReferenced: (sha256s) => this.deps.attachments.referencedHashes(this.deps.db, sha256s),
      graceMs: ORPHAN_GRACE_MS,
      ...(now ? { now } : {}),
    });
  }
}
