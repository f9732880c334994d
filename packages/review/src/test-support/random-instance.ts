// Random but realistic review pools for property tests and the benchmark: organisations (schools,
// hospitals, commune offices, firms), authors working for them, a council drawn from some of the same
// organisations, a co-authorship history that includes council members, and a few declared conflicts.
import type { ConflictDeclaration, CoAuthorshipRecord, Reviewer, Submission } from '../conflicts/conflict.rules.js';
import { buildConflictIndex } from '../conflicts/conflict.rules.js';
import { type Random, seededRandom } from '../shared/seeded-random.js';
import type { ReviewPool } from '../assignment/assignment.types.js';

export interface InstanceShape {
  submissions: number;
  reviewers: number;
  organisations: number;
  /** people who write submissions (council members are extra people) */
  authors: number;
  /** earlier submissions in the co-authorship history */
  history: number;
  /** declared conflicts */
  declarations: number;
  seed: string | number;
}

export interface Instance extends ReviewPool {
  history: CoAuthorshipRecord[];
  declarations: ConflictDeclaration[];
}

const pick = <T>(xs: readonly T[], random: Random): T => xs[Math.floor(random() * xs.length)] as T;

export function randomInstance(shape: InstanceShape): Instance {
  const random = seededRandom(shape.seed);
  const orgs = Array.from({ length: shape.organisations }, (_, i) => `org-${i}`);
  const people = Array.from({ length: shape.authors }, (_, i) => ({
    personId: `person-${i}`,
    organisationId: pick(orgs, random),
  }));
  const reviewers: Reviewer[] = Array.from({ length: shape.reviewers }, (_, i) => ({
    id: `reviewer-${i}`,
    personId: `reviewer-person-${i}`,
    organisationIds: random() < 0.3 ? [pick(orgs, random), pick(orgs, random)] : [pick(orgs, random)],
  }));
  const teamFrom = (size: number) => {
    const lead = pick(people, random);
    // most teams work in one organisation; some bring in someone from elsewhere
    const team = [lead];
    for (let j = 1; j < size; j++) {
      const sameOrg = people.filter((p) => p.organisationId === lead.organisationId);
      team.push(random() < 0.75 && sameOrg.length > 0 ? pick(sameOrg, random) : pick(people, random));
    }
    return [...new Map(team.map((p) => [p.personId, p])).values()];
  };
  const submissions: Submission[] = Array.from({ length: shape.submissions }, (_, i) => ({
    id: `sub-${String(i).padStart(4, '0')}`,
    authors: teamFrom(1 + Math.floor(random() * 4)),
  }));
  const history: CoAuthorshipRecord[] = Array.from({ length: shape.history }, (_, i) => {
    const team = teamFrom(1 + Math.floor(random() * 3)).map((p) => p.personId);
    if (random() < 0.4) team.push(pick(reviewers, random).personId as string); // council members wrote too
    return { submissionId: `earlier-${i}`, authorPersonIds: team };
  });
  const declarations: ConflictDeclaration[] = Array.from({ length: shape.declarations }, () => ({
    reviewerId: pick(reviewers, random).id,
    submissionId: pick(submissions, random).id,
    reason: 'declared',
  }));
  return { submissions, reviewers, history, declarations, conflicts: buildConflictIndex(history, declarations) };
}
