// Builds @sti/review's pool from the service's records: the conflict rules themselves live in the
// review engine; this only says who is who.
// - An author is a person by account (user id) or, without one, by their folded name.
// - An author "belongs" to their organisation id and to their unit, so a reviewer whose organisation
//   is the author's unit (matched accent-insensitively by name) is excluded too.
// - Earlier co-authorship comes from every OTHER submission on record (any campaign).
// - Declared conflicts are the assignments a reviewer gave back with a conflict.
import {
  type Author,
  buildConflictIndex,
  type CoAuthorshipRecord,
  type ConflictDeclaration,
  foldVietnamese,
  type Reviewer,
  type ReviewPool,
  type Submission,
} from '@sti/review';

export interface PoolAuthor {
  userId: string | null;
  fullName: string;
  organisationId: string | null;
  unitName: string | null;
}

export interface PoolSubmission {
  id: string;
  /** the submitting organisation (the owner's), which the owner belongs to */
  organisationId: string | null;
  unitName: string;
  authors: readonly PoolAuthor[];
}

export interface PoolReviewer {
  userId: string;
  organisationId: string | null;
  organisationName: string | null;
}

export const personKey = (a: Pick<PoolAuthor, 'userId' | 'fullName'>): string =>
  a.userId ?? `name:${foldVietnamese(a.fullName).replace(/\s+/g, ' ').trim()}`;

export const unitKey = (name: string): string => `unit:${foldVietnamese(name).replace(/\s+/g, ' ').trim()}`;

export function toEngineSubmission(s: PoolSubmission): Submission {
  const authors: Author[] = [];
  s.authors.forEach((a, index) => {
    const personId = personKey(a);
    const organisation = a.organisationId ?? (index === 0 ? s.organisationId : null);
    if (organisation) authors.push({ personId, organisationId: organisation });
    const unit = a.unitName ?? (index === 0 ? s.unitName : null);
    if (unit) authors.push({ personId, organisationId: unitKey(unit) });
    if (!organisation && !unit) authors.push({ personId });
  });
  return { id: s.id, authors };
}

export function toEngineReviewer(r: PoolReviewer): Reviewer {
  const organisationIds = [r.organisationId, r.organisationName ? unitKey(r.organisationName) : null].filter(
    (x): x is string => !!x,
  );
  return { id: r.userId, organisationIds };
}

export function buildReviewPool(input: {
  submissions: readonly PoolSubmission[];
  reviewers: readonly PoolReviewer[];
  /** every submission on record (for earlier co-authorship); the pool's own are skipped per pair by the engine */
  history: readonly { id: string; authors: readonly Pick<PoolAuthor, 'userId' | 'fullName'>[] }[];
  declarations: readonly ConflictDeclaration[];
}): ReviewPool {
  const history: CoAuthorshipRecord[] = input.history.map((h) => ({
    submissionId: h.id,
    authorPersonIds: h.authors.map(personKey),
  }));
  return {
    submissions: input.submissions.map(toEngineSubmission),
    reviewers: input.reviewers.map(toEngineReviewer),
    conflicts: buildConflictIndex(history, input.declarations),
  };
}
