// Codes from the API (states, rights, milestones, signature verdicts) in words, never the code itself
// when the catalogue knows it; a code the portal does not know yet is shown as it is rather than hidden.
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { type MessageKey, messages } from '../../shared/i18n/registry.ts';
import { formatVnd } from '../../shared/lib/format.ts';

export function useCodeLabel(): (prefix: string, code: string | null | undefined) => string {
  const { t } = useI18n();
  return (prefix, code) => {
    if (!code) return '';
    const key = `${prefix}.${code}`;
    return key in messages.vi ? t(key as MessageKey) : code;
  };
}

/** A state in words, coloured by its family (waiting, in progress, done, refused). */
export function StateBadge({ prefix, code }: { prefix: string; code: string }) {
  const label = useCodeLabel();
  return <span className={`badge ip-state ip-state-${tone(code)}`}>{label(prefix, code)}</span>;
}

function tone(code: string): string {
  if (/declin|reject|refus|invalid|modified|unknown_ca|unsigned|lapsed|overdue|missing|error/.test(code)) return 'bad';
  if (/accept|approv|paid|grant|complete|valid|done|ready|met/.test(code)) return 'good';
  if (/needs|more|wait|queued|draft|open|uploaded/.test(code)) return 'wait';
  return 'busy';
}

export const vnd = (amount: string | number | null | undefined): string =>
  amount === null || amount === undefined || amount === '' ? '' : (formatVnd(String(amount)) ?? '');
