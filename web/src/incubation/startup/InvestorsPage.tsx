// Investors for a startup: the investors (funds, angels, banks' startup programmes) with focus sectors
// and ticket sizes, an introduction request mediated by the programme officer (the startup's contact
// goes to the investor only once both sides accept), and the startup's own requests with their state.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useIntroductions, useInvestors, useRequestIntroduction } from '../api/incubation-queries.ts';
import type { InvestorView, Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { IntroState } from '../components/IntroState.tsx';
import { StartupGate } from '../components/StartupGate.tsx';
import { formatMetric } from '../lib/kpi.ts';

export function InvestorsPage() {
  const { t } = useI18n();
  return (
    <IncFrame title={t('inc.investors.title')} lead={t('inc.investors.lead')} sections="startup">
      <StartupGate>{(s) => <Investors startup={s} />}</StartupGate>
    </IncFrame>
  );
}

function Investors({ startup }: { startup: Startup }) {
  const { t, lang } = useI18n();
  const id = useId();
  const investors = useInvestors();
  const mine = useIntroductions(startup.id);
  const [asking, setAsking] = useState<InvestorView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const money = (v: string) => formatMetric(v, 'fundingRaisedVnd', lang);
  return (
    <>
      <Outcome text={done} />
      <section className="inc-section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('inc.investors.title')}</h2>
        {investors.isPending && <Loading />}
        {investors.isError && <ErrorBox error={investors.error} onRetry={() => void investors.refetch()} />}
        <ul className="inc-cards">
          {(investors.data?.items ?? [])
            .filter((i) => i.active)
            .map((i) => (
              <li key={i.id}>
                <h3 className="h3">{i.name}</h3>
                <p>{i.description}</p>
                <p className="muted">{t('inc.investors.focus', { list: i.sectorCodes.join(', ') })}</p>
                <p className="muted">
                  {t('inc.investors.ticket', { min: money(i.ticketMinVnd), max: money(i.ticketMaxVnd) })}
                </p>
                {asking?.id === i.id ? (
                  <RequestForm
                    investor={i}
                    startup={startup}
                    onCancel={() => setAsking(null)}
                    onSent={() => {
                      setAsking(null);
                      setDone(t('inc.investors.sent', { investor: i.name }));
                    }}
                  />
                ) : (
                  <button type="button" className="btn btn-secondary" onClick={() => setAsking(i)}>
                    {t('inc.investors.request', { investor: i.name })}
                  </button>
                )}
              </li>
            ))}
        </ul>
      </section>
      <section className="inc-section" aria-labelledby={`${id}-mine`}>
        <h2 id={`${id}-mine`}>{t('inc.investors.mine')}</h2>
        {mine.isPending && <Loading />}
        {mine.isError && <ErrorBox error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.isSuccess && mine.data.items.length === 0 && <p className="empty">{t('inc.investors.none')}</p>}
        {mine.isSuccess && mine.data.items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('inc.investors.mine')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inc.col.investor')}</th>
                  <th scope="col">{t('inc.col.when')}</th>
                  <th scope="col">{t('inc.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.data.items.map((x) => (
                  <tr key={x.id}>
                    <th scope="row">{x.investor.name}</th>
                    <td>{formatDate(x.requestedAt, lang)}</td>
                    <td>
                      <IntroState intro={x} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function RequestForm({
  investor,
  startup,
  onCancel,
  onSent,
}: {
  investor: InvestorView;
  startup: Startup;
  onCancel: () => void;
  onSent: () => void;
}) {
  const { t, lang } = useI18n();
  const { identity } = useAuth();
  const id = useId();
  const request = useRequestIntroduction();
  const [message, setMessage] = useState('');
  const [name, setName] = useState(identity?.name ?? '');
  const [email, setEmail] = useState(identity?.email ?? '');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const clean = message.trim();
        if (clean.length < 10 || clean.length > 1000) {
          setError(t('inc.investors.messageRule'));
          return;
        }
        setError(null);
        request.mutate(
          {
            startupId: startup.id,
            investorId: investor.id,
            message: clean,
            contact: { name: name.trim(), email: email.trim() || null, phone: phone.trim() || null },
          },
          {
            onSuccess: onSent,
            onError: (e2) => setFailure(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <Outcome text={null} error={failure} />
      <div className={error ? 'field has-error' : 'field'}>
        <label htmlFor={`${id}-msg`}>{t('inc.investors.message')}</label>
        <textarea
          id={`${id}-msg`}
          rows={4}
          value={message}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-msg-err` : undefined}
          onChange={(e) => setMessage(e.target.value)}
        />
        <FieldErrors id={`${id}-msg-err`} errors={error ? [error] : []} />
      </div>
      <fieldset>
        <legend>{t('inc.investors.contact')}</legend>
        <p className="hint">{t('inc.intro.hidden')}</p>
        <div className="inc-form-grid">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('inc.investors.contactName')}</label>
            <input id={`${id}-name`} value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('inc.investors.contactEmail')}</label>
            <input
              id={`${id}-email`}
              type="email"
              value={email}
              autoComplete="email"
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-phone`}>{t('inc.investors.contactPhone')}</label>
            <input
              id={`${id}-phone`}
              type="tel"
              value={phone}
              autoComplete="tel"
              onChange={(e) => setPhone(e.target.value)}
            />
          </div>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('inc.common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={request.isPending}>
          {t('inc.investors.send')}
        </button>
      </div>
    </form>
  );
}
