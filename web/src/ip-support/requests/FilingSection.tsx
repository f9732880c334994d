// After filing: the application number, the filing and priority dates, and the milestones of the
// national procedure (formality examination, publication, substantive examination, office actions with
// their response deadlines, grant or refusal). The officer records the filing and each milestone.
import { useId, useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api/client.ts';
import { Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useFiling, useRecordFiling, useRecordMilestone } from '../api/ip-queries.ts';
import type { RequestView } from '../api/ip-types.ts';
import { StateBadge, useCodeLabel } from '../components/labels.tsx';

/** Every milestone kind of the national procedure; the service says which may come next (allowedMilestones). */
export const MILESTONE_KINDS = [
  'formality_examination',
  'formality_accepted',
  'publication',
  'substantive_examination_requested',
  'substantive_examination',
  'office_action',
  'office_action_response',
  'extension',
  'granted',
  'refused',
] as const;

const today = () => new Date().toISOString().slice(0, 10);

export function FilingSection({ request, officer }: { request: RequestView; officer: boolean }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const id = useId();
  const res = useFiling(request.id, true);
  const notFiled = res.isError && res.error instanceof ApiError && res.error.status === 404;
  return (
    <section className="ip-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ip.filing.title')}</h2>
      {res.isPending && <Loading />}
      {res.isError && !notFiled && <p className="muted">{t('ip.filing.unavailable')}</p>}
      {notFiled && <p className="muted">{t('ip.filing.none')}</p>}
      {notFiled && officer && <RecordFiling requestId={request.id} />}
      {res.isSuccess && (
        <>
          <dl className="facts">
            <div className="fact">
              <dt>{t('ip.filing.number')}</dt>
              <dd>{res.data.applicationNumber}</dd>
            </div>
            <div className="fact">
              <dt>{t('ip.filing.filedOn')}</dt>
              <dd>{formatDate(res.data.filingDate, lang)}</dd>
            </div>
            {res.data.certificateNumber && (
              <div className="fact">
                <dt>{t('ip.filing.certificate')}</dt>
                <dd>
                  {res.data.certificateNumber}
                  {res.data.grantedOn ? ` — ${formatDate(res.data.grantedOn, lang)}` : ''}
                </dd>
              </div>
            )}
            {res.data.priorityDate && (
              <div className="fact">
                <dt>{t('ip.filing.priorityDate')}</dt>
                <dd>{formatDate(res.data.priorityDate, lang)}</dd>
              </div>
            )}
            <div className="fact">
              <dt>{t('ip.col.state')}</dt>
              <dd>
                <StateBadge prefix="ip.filingState" code={res.data.stage} />
              </dd>
            </div>
          </dl>
          <h3 className="h3">{t('ip.filing.milestones')}</h3>
          {res.data.milestones.length === 0 ? (
            <p className="empty">{t('ip.filing.noMilestones')}</p>
          ) : (
            <ol className="ip-milestones">
              {res.data.milestones.map((m) => (
                <li key={m.id}>
                  <strong>{label('ip.milestone', m.kind)}</strong> — {formatDate(m.occurredOn, lang)}
                  {m.responseDueOn && <> · {t('ip.filing.responseDue', { date: formatDate(m.responseDueOn, lang) })}</>}
                  {m.note && <p className="prewrap">{m.note}</p>}
                </li>
              ))}
            </ol>
          )}
          {officer && res.data.nextMilestones.length > 0 && (
            <RecordMilestone filingId={res.data.id} allowed={res.data.nextMilestones} />
          )}
        </>
      )}
    </section>
  );
}

function RecordFiling({ requestId }: { requestId: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const record = useRecordFiling();
  const [number, setNumber] = useState('');
  const [filedOn, setFiledOn] = useState(today());
  const [priority, setPriority] = useState('');
  const [territory, setTerritory] = useState<'domestic' | 'foreign'>('domestic');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="form card"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (number.trim().length < 3 || !filedOn) {
          setError(t('ip.filing.missing'));
          return;
        }
        setError(null);
        record.mutate(
          {
            requestId,
            applicationNumber: number.trim(),
            filingDate: filedOn,
            territory,
            ...(priority ? { priorityDate: priority } : {}),
          },
          { onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))) },
        );
      }}
    >
      <h3 id={`${id}-h`} className="h3">
        {t('ip.filing.record')}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('ip.filing.number')}</label>
        <input id={`${id}-n`} type="text" value={number} onChange={(e) => setNumber(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t('ip.filing.filedOn')}</label>
        <input id={`${id}-d`} type="date" value={filedOn} onChange={(e) => setFiledOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-p`}>{t('ip.filing.priorityDate')}</label>
        <input id={`${id}-p`} type="date" value={priority} onChange={(e) => setPriority(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('ip.filing.territory')}</label>
        <select
          id={`${id}-t`}
          value={territory}
          onChange={(e) => setTerritory(e.target.value === 'foreign' ? 'foreign' : 'domestic')}
        >
          <option value="domestic">{t('ip.territory.domestic')}</option>
          <option value="foreign">{t('ip.territory.foreign')}</option>
        </select>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={record.isPending}>
        {t('ip.filing.recordButton')}
      </button>
    </form>
  );
}

function RecordMilestone({ filingId, allowed }: { filingId: string; allowed: string[] }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const id = useId();
  const record = useRecordMilestone();
  const kinds = MILESTONE_KINDS.filter((k) => allowed.includes(k));
  const [chosen, setKind] = useState<string>('');
  const kind = kinds.includes(chosen as (typeof kinds)[number]) ? chosen : (kinds[0] ?? '');
  const [responseDue, setResponseDue] = useState('');
  const [certificate, setCertificate] = useState('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="form card"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        setDone(null);
        record.mutate(
          {
            filingId,
            kind,
            occurredOn: date,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(kind === 'office_action' && responseDue ? { responseDueOn: responseDue } : {}),
            ...(kind === 'granted' && certificate.trim() ? { certificateNumber: certificate.trim() } : {}),
            ...(kind === 'refused' && note.trim() ? { reason: note.trim() } : {}),
          },
          {
            onSuccess: () => {
              setNote('');
              setCertificate('');
              setResponseDue('');
              setDone(t('ip.filing.milestoneRecorded', { kind: label('ip.milestone', kind) }));
            },
            onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <h3 id={`${id}-h`} className="h3">
        {t('ip.filing.addMilestone')}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-k`}>{t('ip.filing.milestoneKind')}</label>
        <select id={`${id}-k`} value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {label('ip.milestone', k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t('ip.filing.milestoneDate')}</label>
        <input id={`${id}-d`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {kind === 'office_action' && (
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('ip.filing.responseDueOn')}</label>
          <input id={`${id}-due`} type="date" value={responseDue} onChange={(e) => setResponseDue(e.target.value)} />
        </div>
      )}
      {kind === 'granted' && (
        <div className="field">
          <label htmlFor={`${id}-cert`}>{t('ip.filing.certificate')}</label>
          <input id={`${id}-cert`} type="text" value={certificate} onChange={(e) => setCertificate(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('ip.filing.milestoneNote')}</label>
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={record.isPending}>
        {t('ip.filing.recordMilestone')}
      </button>
      <div role="status">{done && <p className="alert alert-success">{done}</p>}</div>
    </form>
  );
}
