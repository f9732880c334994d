// A document's digital-signature verdict as the service verified it: intact and by whom, or flagged
// (unsigned where a signature is required, broken, changed after signing, unknown certificate authority).
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import type { DocumentView } from '../api/ip-types.ts';
import { StateBadge } from './labels.tsx';

/** The signer and signing time from the checker's report, read defensively (its shape is the checker's). */
function signerOf(report: unknown): { name?: string; at?: string } {
  if (!report || typeof report !== 'object') return {};
  const whole = report as Record<string, unknown>;
  // the checker's report lists each signature; the first one signed the document
  const first = Array.isArray(whole.signatures) ? (whole.signatures[0] as unknown) : whole;
  if (!first || typeof first !== 'object') return {};
  const r = first as Record<string, unknown>;
  const signer = (r.signerName ?? r.signer ?? r.subject) as unknown;
  const name =
    typeof signer === 'string'
      ? signer
      : signer && typeof signer === 'object' && typeof (signer as { commonName?: unknown }).commonName === 'string'
        ? (signer as { commonName: string }).commonName
        : undefined;
  const at = (r.signingTime ?? r.signedAt) as unknown;
  return { ...(name ? { name } : {}), ...(typeof at === 'string' ? { at } : {}) };
}

export function SignatureStatus({ document, required }: { document: DocumentView; required: boolean }) {
  const { t, lang } = useI18n();
  const status = document.signatureStatus ?? 'unchecked';
  // an unsigned PDF is only a problem where the checklist requires a signature
  const code = status === 'unsigned' && required ? 'unsigned_required' : status;
  const signer = signerOf(document.signatureReport);
  return (
    <span className="ip-signature">
      <StateBadge prefix="ip.sig" code={code} />
      {signer.name && (
        <span className="muted">
          {' '}
          {t('ip.sig.by', { name: signer.name })}
          {signer.at ? ` — ${formatDateTime(signer.at, lang)}` : ''}
        </span>
      )}
    </span>
  );
}
