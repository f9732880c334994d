// The new-request form's own rules, checked before anything is sent (the service checks them again):
// a right and a subject kind from the lists, a subject of 3–300 characters, a description of 10–5000.
// Pure.
import { IP_RIGHTS, SUBJECT_KINDS, type CreateRequestInput } from '../api/ip-types.ts';

export interface RequestDraft {
  right: string;
  subjectKind: string;
  subjectTitle: string;
  description: string;
  /** the Techmart offer's or recognised initiative's id, for those kinds */
  subjectRefId?: string;
}

/** Subject kinds that are items already on the platform, linked by id. */
export const LINKED_KINDS: readonly string[] = ['initiative', 'techmart_offer'];

export type RequestFormErrors = Partial<Record<keyof RequestDraft, 'required' | 'length'>>;

const len = (s: string) => [...s.normalize('NFC').trim()].length;

export function validateRequest(d: RequestDraft): { input?: CreateRequestInput; errors: RequestFormErrors } {
  const errors: RequestFormErrors = {};
  if (!(IP_RIGHTS as readonly string[]).includes(d.right)) errors.right = 'required';
  if (!(SUBJECT_KINDS as readonly string[]).includes(d.subjectKind)) errors.subjectKind = 'required';
  const s = len(d.subjectTitle);
  if (s === 0) errors.subjectTitle = 'required';
  else if (s < 3 || s > 300) errors.subjectTitle = 'length';
  if (LINKED_KINDS.includes(d.subjectKind) && !d.subjectRefId) errors.subjectRefId = 'required';
  const n = len(d.description);
  if (n === 0) errors.description = 'required';
  else if (n < 10 || n > 5000) errors.description = 'length';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    input: {
      right: d.right as CreateRequestInput['right'],
      subjectKind: d.subjectKind as CreateRequestInput['subjectKind'],
      subjectTitle: d.subjectTitle.normalize('NFC').trim(),
      description: d.description.normalize('NFC').trim(),
      ...(LINKED_KINDS.includes(d.subjectKind) && d.subjectRefId ? { subjectRefId: d.subjectRefId } : {}),
    },
  };
}
