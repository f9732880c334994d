// Who may do what to a campaign. Pure rules over the actor and the campaign's council:
// - managing (create, edit, council, open) is for an officer of the owning organisation or an admin;
// - council work is for the campaign's own council members in the role the step needs (the
//   secretary screens, assigns, closes the round and drafts the decision; the chair approves);
//   admins may stand in for a secretary, never for the chair;
// - an officer or secretary of another organisation has no say over the campaign at all.
import { type Actor, hasRole } from '../shared/actor.js';
import type { CouncilRole } from './campaign.schema.js';

export interface CampaignAccessFacts {
  organisationId: string;
  members: readonly { userId: string; role: CouncilRole }[];
}

export function councilRoleOf(campaign: CampaignAccessFacts, actor: Actor | null): CouncilRole | null {
  if (!actor) return null;
  return campaign.members.find((m) => m.userId === actor.userId)?.role ?? null;
}

export function canManageCampaign(actor: Actor | null, campaign: Pick<CampaignAccessFacts, 'organisationId'>): boolean {
  if (!actor) return false;
  if (hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'officer') && actor.organisationId === campaign.organisationId;
}

/** Secretary steps: the campaign's secretary, or an admin. */
export function canActAsSecretary(actor: Actor | null, campaign: CampaignAccessFacts): boolean {
  if (!actor) return false;
  return councilRoleOf(campaign, actor) === 'secretary' || hasRole(actor, 'admin');
}

/** The rubric: the campaign's secretary, an admin, or a manager of the owning organisation. */
export function canEditRubric(actor: Actor | null, campaign: CampaignAccessFacts): boolean {
  return canActAsSecretary(actor, campaign) || canManageCampaign(actor, campaign);
}

export function canApproveDecision(actor: Actor | null, campaign: CampaignAccessFacts): boolean {
  return councilRoleOf(campaign, actor) === 'chair';
}

/** Seeing the council and the results: managers and every council member. */
export function canSeeCouncil(actor: Actor | null, campaign: CampaignAccessFacts): boolean {
  return canManageCampaign(actor, campaign) || councilRoleOf(campaign, actor) !== null;
}
