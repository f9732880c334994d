// The national procedure after filing, as a pure function: which milestone may be recorded at which
// stage, and where it moves the filing. filed → formality examination → publication → substantive
// examination → granted | refused; office actions (with a response deadline), responses and
// extensions along the way. Patents and utility solutions are examined on substance only on request.
import type { IpRightCode } from '../reference/reference.schema.js';

export const FILING_STAGES = [
  'filed',
  'formality_examination',
  'publication',
  'substantive_examination',
  'granted',
  'refused',
  'withdrawn',
] as const;
export type FilingStageCode = (typeof FILING_STAGES)[number];

export const MILESTONE_KINDS = [
  'filed',
  'formality_examination',
  'formality_accepted',
  'publication',
  'substantive_examination_requested',
  'substantive_examination',
  'office_action',
  'office_action_response',
  'extension',
  'granted',
  'refused',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Milestones an officer records by hand (`filed` is written when the filing is recorded). */
export const RECORDABLE_MILESTONES = MILESTONE_KINDS.filter((k) => k !== 'filed');

const TERMINAL: readonly FilingStageCode[] = ['granted', 'refused', 'withdrawn'];
const ON_REQUEST: readonly IpRightCode[] = ['patent', 'utility_solution'];

export interface RecordedMilestone {
  id: string;
  kind: string;
}

export type MilestoneCheck =
  | { ok: true; stage: FilingStageCode }
  | { ok: false; reason: 'closed' | 'out_of_order' | 'needs_examination_request' | 'needs_office_action' };

/** Where recording `kind` at `stage` leads, given the milestones already recorded. */
export function applyMilestone(
  right: IpRightCode,
  stage: FilingStageCode,
  kind: MilestoneKind,
  recorded: readonly RecordedMilestone[],
  relatesTo?: string | null,
): MilestoneCheck {
  if (TERMINAL.includes(stage)) return { ok: false, reason: 'closed' };
  const has = (k: string) => recorded.some((m) => m.kind === k);
  switch (kind) {
    case 'filed':
      return { ok: false, reason: 'out_of_order' };
    case 'formality_examination':
      return stage === 'filed' ? { ok: true, stage: 'formality_examination' } : { ok: false, reason: 'out_of_order' };
    case 'formality_accepted':
      return stage === 'formality_examination' && !has('formality_accepted')
        ? { ok: true, stage }
        : { ok: false, reason: 'out_of_order' };
    case 'publication':
      return stage === 'formality_examination' && has('formality_accepted')
        ? { ok: true, stage: 'publication' }
        : { ok: false, reason: 'out_of_order' };
    case 'substantive_examination_requested':
      return ON_REQUEST.includes(right) && stage !== 'substantive_examination' && !has(kind)
        ? { ok: true, stage }
        : { ok: false, reason: 'out_of_order' };
    case 'substantive_examination':
      if (stage !== 'publication') return { ok: false, reason: 'out_of_order' };
      if (ON_REQUEST.includes(right) && !has('substantive_examination_requested'))
        return { ok: false, reason: 'needs_examination_request' };
      return { ok: true, stage: 'substantive_examination' };
    case 'office_action':
      return { ok: true, stage };
    case 'office_action_response':
    case 'extension':
      return relatesTo && recorded.some((m) => m.id === relatesTo && m.kind === 'office_action')
        ? { ok: true, stage }
        : { ok: false, reason: 'needs_office_action' };
    case 'granted':
      return stage === 'substantive_examination'
        ? { ok: true, stage: 'granted' }
        : { ok: false, reason: 'out_of_order' };
    case 'refused':
      return { ok: true, stage: 'refused' };
  }
}

/** The milestones the officer can record next (the portal's choices). */
export function nextMilestones(
  right: IpRightCode,
  stage: FilingStageCode,
  recorded: readonly RecordedMilestone[],
): MilestoneKind[] {
  const openAction = recorded.find((m) => m.kind === 'office_action')?.id ?? null;
  return RECORDABLE_MILESTONES.filter((kind) => applyMilestone(right, stage, kind, recorded, openAction).ok);
}
