// Files attached to submissions. Authors add and remove them while the submission is editable; the
// authors and the campaign's staff download them under their names; an assigned reviewer downloads
// them through the assignment, under a neutral name in a blind campaign. The caller's rights are
// checked before a byte of an upload is read; the bytes go to the shared attachment store (by hash).
import type { ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type AttachmentStore, storeUpload } from '@sti/attachments';
import { uuidv7 } from 'uuidv7';
import type { CampaignRepository } from '../campaigns/campaign.repository.js';
import { requireActor } from '../campaigns/campaign.service.js';
import { reviewerFileName } from '../reviews/blind-view.js';
import type { Actor } from '../shared/actor.js';
import { inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound } from '../shared/problems.js';
import { canReadSubmission, isAuthorOf } from '../submissions/submission-access.js';
import { isEditable } from '../submissions/submission-lifecycle.js';
import type { AttachmentRecord, SubmissionRepository } from '../submissions/submission.repository.js';
import type { AttachmentView } from '../submissions/submission.schema.js';

/** More than this many files per submission is a dossier, not an initiative. */
export const MAX_ATTACHMENTS_PER_SUBMISSION = 10;

const notEditable = () =>
  conflict(
    'submission_not_editable',
    'Hồ sơ đã nộp hoặc đã được xét, không thể thay đổi tệp đính kèm.',
    'The submission has been sent or decided; its attachments can no longer change.',
  );

export interface UploadSource {
  fileName: string;
  stream: Readable;
}

export interface OpenedAttachment {
  file: AttachmentRecord;
  stream: ReadStream;
}

export class SubmissionAttachmentService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      store: AttachmentStore;
      submissions: SubmissionRepository;
      campaigns: CampaignRepository;
    },
  ) {}

  private async load(submissionId: string) {
    const s = await this.deps.submissions.find(this.deps.prisma, submissionId);
    const c = s ? await this.deps.campaigns.find(this.deps.prisma, s.campaignId) : null;
    if (!s || !c) throw notFound(NAMES.submission, submissionId);
    return { s, c };
  }

  private async assertMayEdit(actor: Actor, submissionId: string) {
    const { s, c } = await this.load(submissionId);
    if (!isAuthorOf(actor, s)) {
      if (canReadSubmission(actor, s, c))
        throw forbidden('Chỉ tác giả mới thay đổi tệp đính kèm.', 'Only the authors change the attachments.');
      throw notFound(NAMES.submission, submissionId);
    }
    if (!isEditable(s.state)) throw notEditable();
    return s;
  }

  async add(actorIn: Actor | null, submissionId: string, open: () => Promise<UploadSource>): Promise<AttachmentView> {
    const actor = requireActor(actorIn);
    const before = await this.assertMayEdit(actor, submissionId);
    if (before.attachments.length >= MAX_ATTACHMENTS_PER_SUBMISSION)
      throw conflict(
        'too_many_attachments',
        `Mỗi hồ sơ đính kèm tối đa ${MAX_ATTACHMENTS_PER_SUBMISSION} tệp.`,
        `A submission holds at most ${MAX_ATTACHMENTS_PER_SUBMISSION} files.`,
      );
    const stored = await storeUpload(this.deps.store, await open());
    const file: AttachmentRecord = { id: uuidv7(), ...stored };
    await inTransaction(this.deps.prisma, async (tx) => {
      // the state may have moved on while the file streamed in
      const s = await this.deps.submissions.lock(tx, submissionId);
      if (!s || !isEditable(s.state)) throw notEditable();
      await this.deps.submissions.addAttachment(tx, submissionId, file, actor.userId);
    });
    const { sha256: _hash, ...view } = file;
    return view;
  }

  async remove(actorIn: Actor | null, submissionId: string, attachmentId: string): Promise<void> {
    const actor = requireActor(actorIn);
    await this.assertMayEdit(actor, submissionId);
    const removed = await this.deps.submissions.removeAttachment(this.deps.prisma, submissionId, attachmentId);
    if (!removed) throw notFound(NAMES.attachment, attachmentId);
  }

  /** For the authors and the campaign's staff, under the file's own name. */
  async open(actorIn: Actor | null, submissionId: string, attachmentId: string): Promise<OpenedAttachment> {
    const actor = requireActor(actorIn);
    const { s, c } = await this.load(submissionId);
    if (!canReadSubmission(actor, s, c)) throw notFound(NAMES.submission, submissionId);
    const file = s.attachments.find((a) => a.id === attachmentId);
    if (!file) throw notFound(NAMES.attachment, attachmentId);
    return { file, stream: this.deps.store.open(file.sha256) };
  }

  /** For the reviewer holding an active assignment on the submission; neutral names when blind. */
  async openForReviewer(actorIn: Actor | null, assignmentId: string, attachmentId: string): Promise<OpenedAttachment> {
    const actor = requireActor(actorIn);
    const a = await this.deps.prisma.assignment.findUnique({ where: { id: assignmentId } });
    if (!a || a.reviewerUserId !== actor.userId || a.status !== 'active')
      throw notFound(NAMES.assignment, assignmentId);
    const { s, c } = await this.load(a.submissionId);
    const file = s.attachments.find((f) => f.id === attachmentId);
    const fileName = reviewerFileName(s, attachmentId, c.blind);
    if (!file || !fileName) throw notFound(NAMES.attachment, attachmentId);
    return { file: { ...file, fileName }, stream: this.deps.store.open(file.sha256) };
  }
}
