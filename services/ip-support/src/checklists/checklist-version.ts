// Which checklist version is in force on a day: the latest whose effective date is on or before it.
// Pure; used for a new dossier and for the admin's preview.

export interface Versioned {
  effectiveFrom: string;
}

export function versionInForce<T extends Versioned>(versions: readonly T[], on: string): T | null {
  let best: T | null = null;
  for (const version of versions) {
    if (version.effectiveFrom <= on && (best === null || version.effectiveFrom > best.effectiveFrom)) best = version;
  }
  return best;
}
