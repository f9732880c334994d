// Conflict-of-interest rules. A reviewer may not review a submission when
//   - the reviewer is one of its authors                                  (`is_author`)
//   - an author belongs to one of the reviewer's organisations            (`same_organisation`)
//   - the reviewer co-authored with one of its authors in an EARLIER
//     submission (any other submission in the history)                   (`co_author`)
//   - the reviewer declared a conflict with the submission               (`declared`)
// Every applicable reason is returned, so the secretary sees why a reviewer is excluded.
import type { LocalizedText } from '../shared/review-issue.js';

export interface Reviewer {
  id: string;
  /** the reviewer as a person, matched against authors' person ids (defaults to `id`) */
  personId?: string;
  /** every organisation the reviewer belongs to or works for */
  organisationIds: readonly string[];
}

export interface Author {
  personId: string;
  organisationId?: string;
}

export interface Submission {
  id: string;
  authors: readonly Author[];
}

/** One earlier submission's authors, for the co-authorship rule. */
export interface CoAuthorshipRecord {
  submissionId: string;
  authorPersonIds: readonly string[];
}

export interface ConflictDeclaration {
  reviewerId: string;
  submissionId: string;
  reason?: string;
}

export type ConflictCode = 'is_author' | 'same_organisation' | 'co_author' | 'declared';

export interface ConflictReason {
  code: ConflictCode;
  message: LocalizedText;
  /** the author concerned (is_author, same_organisation, co_author) */
  authorPersonId?: string;
  organisationId?: string;
  /** the earlier submission both wrote (co_author) */
  earlierSubmissionId?: string;
  /** the reviewer's own words (declared) */
  declaredReason?: string;
}

/** Co-authorship and declarations indexed once, so checking R reviewers × S submissions stays cheap. */
export interface ConflictIndex {
  /** person → co-author person → earlier submission ids they share */
  coAuthors: Map<string, Map<string, string[]>>;
  declared: Map<string, ConflictDeclaration>;
}

const declKey = (reviewerId: string, submissionId: string) => `${reviewerId}\u0000${submissionId}`;

export function buildConflictIndex(
  history: readonly CoAuthorshipRecord[] = [],
  declarations: readonly ConflictDeclaration[] = [],
): ConflictIndex {
  const coAuthors = new Map<string, Map<string, string[]>>();
  for (const record of history) {
    const people = [...new Set(record.authorPersonIds)];
    for (const a of people) {
      for (const b of people) {
        if (a === b) continue;
        const partners = coAuthors.get(a) ?? new Map<string, string[]>();
        coAuthors.set(a, partners);
        const shared = partners.get(b);
        if (shared) shared.push(record.submissionId);
        else partners.set(b, [record.submissionId]);
      }
    }
  }
  const declared = new Map(declarations.map((d) => [declKey(d.reviewerId, d.submissionId), d]));
  return { coAuthors, declared };
}

/** A copy of the index with one more declaration (the original stays as it was). */
export function withDeclaration(index: ConflictIndex, declaration: ConflictDeclaration): ConflictIndex {
  const declared = new Map(index.declared);
  declared.set(declKey(declaration.reviewerId, declaration.submissionId), declaration);
  return { coAuthors: index.coAuthors, declared };
}

export function conflictsOf(index: ConflictIndex, reviewer: Reviewer, submission: Submission): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  const person = reviewer.personId ?? reviewer.id;
  const partners = index.coAuthors.get(person);
  for (const author of submission.authors) {
    if (author.personId === person) {
      reasons.push({
        code: 'is_author',
        authorPersonId: author.personId,
        message: { vi: 'Thành viên là tác giả của hồ sơ này.', en: 'The reviewer is an author of this submission.' },
      });
      continue;
    }
    if (author.organisationId !== undefined && reviewer.organisationIds.includes(author.organisationId)) {
      reasons.push({
        code: 'same_organisation',
        authorPersonId: author.personId,
        organisationId: author.organisationId,
        message: {
          vi: 'Một tác giả thuộc cùng tổ chức với thành viên.',
          en: "An author belongs to the reviewer's organisation.",
        },
      });
    }
    const shared = partners?.get(author.personId)?.filter((id) => id !== submission.id);
    if (shared && shared.length > 0) {
      reasons.push({
        code: 'co_author',
        authorPersonId: author.personId,
        earlierSubmissionId: shared[0],
        message: {
          vi: 'Thành viên từng là đồng tác giả với một tác giả của hồ sơ.',
          en: 'The reviewer co-authored an earlier submission with one of the authors.',
        },
      });
    }
  }
  const declaration = index.declared.get(declKey(reviewer.id, submission.id));
  if (declaration) {
    reasons.push({
      code: 'declared',
      ...(declaration.reason !== undefined ? { declaredReason: declaration.reason } : {}),
      message: {
        vi: 'Thành viên đã khai báo xung đột lợi ích với hồ sơ này.',
        en: 'The reviewer declared a conflict of interest with this submission.',
      },
    });
  }
  return reasons;
}

export function hasConflict(index: ConflictIndex, reviewer: Reviewer, submission: Submission): boolean {
  return conflictsOf(index, reviewer, submission).length > 0;
}
