// A "what does this mean?" disclosure under a form field: a plain explanation and an example.
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { HelpEntry } from './plain-help.ts';

export function FieldHelp({ entry, label }: { entry: HelpEntry; label: string }) {
  const { t, lang } = useI18n();
  const text = entry[lang];
  return (
    <details className="field-help">
      <summary>
        {t('help.what')}: {label}
      </summary>
      <p>{text.text}</p>
      <p>
        <strong>{t('help.example')}:</strong> {text.example}
      </p>
    </details>
  );
}
