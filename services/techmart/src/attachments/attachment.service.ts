// Images and documents attached to listings. Adding one is an edit of the listing (revision + 1,
// an Updated event carrying the new attachment list; a published listing goes back to moderation).

import type { ReadStream } from 'node:fs';
import { problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { ListingWorkflow, ListingViewShape, WorkingView } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import type { AttachmentView } from '../shared/schema-primitives.js';
import { listingNotFound, validationFailed } from '../shared/problems.js';
import type { AttachmentRepository } from './attachment.repository.js';
import type { AttachmentStore } from './attachment-store.js';
import { ACCEPTED_MEDIA_TYPES, MAX_ATTACHMENT_BYTES, safeFileName, sniffMediaType } from './media-type.js';

type AnyWorkflow = ListingWorkflow<unknown, ListingViewShape & { attachments: AttachmentView[] }>;

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  /** optional optimistic-concurrency check, as for edits */
  revision?: number | undefined;
}

export class AttachmentService {
  constructor(
    private readonly deps: {
      store: AttachmentStore;
      attachments: AttachmentRepository;
      workflows: Record<ListingKind, AnyWorkflow>;
    },
  ) {}

  async add(actor: Actor | null, kind: ListingKind, listingId: string, upload: Upload): Promise<AttachmentView> {
    if (!actor) throw problem('unauthenticated');
    if (upload.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
    if (upload.bytes.byteLength === 0) throw invalidFile('empty_file', { vi: 'Tệp rỗng.', en: 'The file is empty.' });
    const mediaType = sniffMediaType(upload.bytes);
    if (!mediaType) {
      throw problem('unsupported_media_type', {
        message: {
          vi: `Chỉ nhận tệp ${Object.values(ACCEPTED_MEDIA_TYPES).join(', ')} (kiểm tra theo nội dung tệp).`,
          en: `Only ${Object.values(ACCEPTED_MEDIA_TYPES).join(', ')} files are accepted (checked by content).`,
        },
      });
    }
    // Stored before the transaction: a failed edit leaves at most an unreferenced, content-addressed file.
    const sha256 = await this.deps.store.put(upload.bytes);
    const attachment: AttachmentView = {
      id: uuidv7(),
      fileName: safeFileName(upload.fileName, mediaType),
      mediaType,
      sizeBytes: upload.bytes.byteLength,
      sha256,
    };
    await this.deps.workflows[kind].edit(
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
}

export function tooLarge() {
  return problem('payload_too_large', {
    message: { vi: 'Tệp không được lớn hơn 10 MB.', en: 'The file must not exceed 10 MB.' },
  });
}

function invalidFile(code: string, message: { vi: string; en: string }) {
  return validationFailed([{ field: 'file', code, message }]);
}
