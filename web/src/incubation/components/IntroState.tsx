// An introduction's state as a badge, its reason when declined, and the contacts once both sides
// agreed (the API sends none before).
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { IntroductionView } from '../api/incubation-types.ts';

export function IntroState({ intro }: { intro: IntroductionView }) {
  const { t } = useI18n();
  const c = intro.contacts;
  const contact = (x: { name: string; email: string | null; phone: string | null }) =>
    [x.name, x.email, x.phone].filter(Boolean).join(', ');
  return (
    <>
      <span className={`badge inc-intro-${intro.state}`}>{t(`inc.intro.${intro.state}`)}</span>
      {intro.declineReason && <p className="prewrap">{t('inc.intro.reason', { reason: intro.declineReason })}</p>}
      {c ? (
        <p>{t('inc.intro.contacts', { contacts: `${contact(c.startup)} · ${contact(c.investor)}` })}</p>
      ) : (
        <p className="muted">{t('inc.intro.hidden')}</p>
      )}
    </>
  );
}
