// Builds the dossier's inspectDocument hook from the trusted-roots folder: the option, else
// IP_SUPPORT_TRUSTED_ROOTS_DIR, else the service's own trust/ folder (empty by default, see its
// README: nothing is trusted unless an operator puts a root there).
import { fileURLToPath } from 'node:url';
import { createSignatureInspector } from './document-inspection.js';
import { loadTrustedRoots } from './trusted-roots.js';

/** services/ip-support/trust, from src/signatures or dist/signatures alike */
export const DEFAULT_TRUST_DIR = fileURLToPath(new URL('../../trust', import.meta.url));

export async function signatureInspectorFor(trustedRootsDir?: string) {
  const dir = trustedRootsDir || process.env.IP_SUPPORT_TRUSTED_ROOTS_DIR || DEFAULT_TRUST_DIR;
  const roots = (await loadTrustedRoots(dir)).map((r) => r.certificate);
  return createSignatureInspector({ trustedRoots: () => roots });
}
