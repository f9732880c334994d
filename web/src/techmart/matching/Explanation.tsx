// A suggestion's explanation: each factor as a sentence in the reader's language, strongest first,
// with its contribution; the tone is also spoken (not colour alone).
import { explainSuggestion, type MatchFactor } from '@sti/techmart/api';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

const TONE_MARK = { good: '✓', partial: '~', bad: '✗' } as const;

export function Explanation({ factors, label }: { factors: readonly MatchFactor[]; label: string }) {
  const { lang } = useI18n();
  return (
    <ul className="explanation" aria-label={label}>
      {explainSuggestion(factors).map((e) => (
        <li key={e.factor} className={`factor factor-${e.tone}`} data-factor={e.factor}>
          <span aria-hidden="true" className="factor-mark">
            {TONE_MARK[e.tone]}
          </span>{' '}
          <span className="factor-text">{e[lang]}</span> <span className="factor-points">+{e.points}</span>
        </li>
      ))}
    </ul>
  );
}
