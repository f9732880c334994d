// A document's digital-signature verdict as the service verified it: intact and by whom, or flagged
// (unsigned where a signature is required, broken, changed after signing, unknown certificate authority).
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import type { SignatureView } from '../api/ip-types.ts';
import { StateBadge } from './labels.tsx';

export function SignatureStatus({ signature }: { signature: SignatureView | null | undefined }) {
  const { t, lang } = useI18n();
  if (!signature) return <span className="muted">{t('ip.sig.pending')}</span>;
  return (
    <span className="ip-signature">
      <StateBadge prefix="ip.sig" code={signature.verdict} />
      {signature.signerName && (
        <span className="muted">
          {' '}
          {t('ip.sig.by', { name: signature.signerName })}
          {signature.signedAt ? ` — ${formatDateTime(signature.signedAt, lang)}` : ''}
        </span>
      )}
    </span>
  );
}
