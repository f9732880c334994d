// Who sees a submission in full: its authors, and the campaign's secretary, chair and managers.
// Reviewers never do — they read the blind assignment view instead.
import { canActAsSecretary, canManageCampaign, councilRoleOf } from '../campaigns/campaign-access.policy.js';
import type { CampaignRecord } from '../campaigns/campaign.repository.js';
import type { Actor } from '../shared/actor.js';
import type { SubmissionRecord } from './submission.repository.js';

export function isAuthorOf(actor: Actor | null, s: Pick<SubmissionRecord, 'ownerUserId' | 'authors'>): boolean {
  if (!actor) return false;
  return s.ownerUserId === actor.userId || s.authors.some((a) => a.userId === actor.userId);
}

export function isCampaignStaff(actor: Actor | null, c: CampaignRecord): boolean {
  return canActAsSecretary(actor, c) || canManageCampaign(actor, c) || councilRoleOf(c, actor) === 'chair';
}

export function canReadSubmission(actor: Actor | null, s: SubmissionRecord, c: CampaignRecord): boolean {
  return isAuthorOf(actor, s) || (s.state !== 'draft' && isCampaignStaff(actor, c));
}
