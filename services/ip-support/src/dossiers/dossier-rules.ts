// Dossier rules as plain functions: when a dossier is complete, and whether an officer may accept a
// document given its signature verdict. A broken or altered signature is never accepted; a missing or
// unverifiable one where a signature is required is flagged and needs the officer's explicit,
// recorded acknowledgement — never silently accepted.
import type { SignatureStatus } from '../shared/hooks.js';

export type ItemState = 'missing' | 'uploaded' | 'accepted' | 'rejected';

export interface ItemForCompleteness {
  mandatory: boolean;
  state: ItemState;
}

export function completeness(items: readonly ItemForCompleteness[]): {
  mandatoryCount: number;
  acceptedCount: number;
  complete: boolean;
} {
  const mandatory = items.filter((i) => i.mandatory);
  const accepted = mandatory.filter((i) => i.state === 'accepted').length;
  return {
    mandatoryCount: mandatory.length,
    acceptedCount: accepted,
    complete: mandatory.length > 0 && accepted === mandatory.length,
  };
}

export type SignatureGate = 'ok' | 'flagged' | 'blocked';

export function signatureGate(signatureRequired: boolean, status: SignatureStatus): SignatureGate {
  if (status === 'invalid' || status === 'modified') return 'blocked';
  if (signatureRequired && status !== 'valid') return 'flagged';
  return 'ok';
}

/** Media types a dossier item takes (checked by content): PDF and images. */
export const DOSSIER_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
