// Public certificate verification (/xac-minh and /xac-minh/:code, where the certificate's QR code leads):
// a box to type a code, and for a code its authenticity — valid with the title, authors and shares,
// organisation and decision; revoked; or unknown. Nothing private is ever shown (the API has nothing more).
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useVerification } from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';
import { isPlausibleCode, normaliseCode } from './verify-code.ts';

export function VerifyPage() {
  const { code: raw = '' } = useParams();
  const code = normaliseCode(raw);
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const boxId = useId();
  const [text, setText] = useState(code);
  const [error, setError] = useState<string | null>(null);
  const plausible = code !== '' && isPlausibleCode(code);
  const res = useVerification(plausible ? code : '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (res.data) heading.current?.focus();
  }, [res.data]);
  const v = res.data;
  return (
    <IniFrame title={t('ini.verify.title')} lead={t('ini.verify.lead')}>
      <form
        className="ini-inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const next = normaliseCode(text);
          if (!isPlausibleCode(next)) {
            setError(t('ini.verify.badCode'));
            return;
          }
          setError(null);
          navigate(`/xac-minh/${encodeURIComponent(next)}`);
        }}
      >
        <div className={error ? 'field has-error' : 'field'}>
          <label htmlFor={boxId}>{t('ini.verify.code')}</label>
          <input
            id={boxId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${boxId}-err` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <FieldErrors id={`${boxId}-err`} errors={error ? [error] : []} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t('ini.verify.check')}
        </button>
      </form>
      {code !== '' && !plausible && <p className="alert alert-error">{t('ini.verify.badCode')}</p>}
      {plausible && res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {v && (
        <section
          className={`ini-section card ${v.status === 'valid' ? 'ini-verify-valid' : 'ini-verify-bad'}`}
          aria-labelledby={`${boxId}-result`}
        >
          <h2 id={`${boxId}-result`} ref={heading} tabIndex={-1}>
            {t(`ini.verify.${v.status}`, { code })}
          </h2>
          {v.status === 'revoked' && v.revokedOn && (
            <p>{t('ini.verify.revokedOn', { date: formatDate(v.revokedOn, lang) })}</p>
          )}
          {v.status === 'unknown' && v.hint === 'typo' && <p>{t('ini.verify.typo')}</p>}
          {v.title && (
            <dl className="facts">
              <div className="fact">
                <dt>{t('ini.f.title')}</dt>
                <dd>{v.title}</dd>
              </div>
              {v.authors && (
                <div className="fact">
                  <dt>{t('ini.f.authors')}</dt>
                  <dd>
                    <ul>
                      {v.authors.map((a) => (
                        <li key={a.name}>
                          {a.name} — {a.sharePercent}%
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
              {v.unitName && (
                <div className="fact">
                  <dt>{t('ini.f.unitName')}</dt>
                  <dd>{v.unitName}</dd>
                </div>
              )}
              {v.organisationName && (
                <div className="fact">
                  <dt>{t('ini.verify.organisation')}</dt>
                  <dd>{v.organisationName}</dd>
                </div>
              )}
              {v.decisionNumber && (
                <div className="fact">
                  <dt>{t('ini.verify.decision')}</dt>
                  <dd>
                    {t('ini.verify.decisionText', {
                      number: v.decisionNumber,
                      date: formatDate(v.decisionDate, lang),
                    })}
                  </dd>
                </div>
              )}
            </dl>
          )}
        </section>
      )}
    </IniFrame>
  );
}
