// Statutory deadlines. A business sees its organisation's open deadlines, month by month, and can make
// a secret iCalendar address to follow them in a calendar application; an officer (`scope="due"`) sees
// every organisation's falling due in the next 30 days. A last day that fell on a weekend or a public
// holiday shows the statutory date beside the one it moved to.
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatDateTime } from '../../shared/lib/format.ts';
import { useCalendarFeed, useDeadlines, useRotateCalendarFeed } from '../api/ip-queries.ts';
import type { DeadlineView } from '../api/ip-types.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';
import { byMonth, daysUntil, todayInVietnam } from './by-month.ts';

export function DeadlinesPage({ scope }: { scope: 'mine' | 'due' }) {
  const { t, lang } = useI18n();
  const today = todayInVietnam();
  const res = useDeadlines(scope);
  const items = res.data?.items ?? [];
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${m}-01T00:00:00Z`));
  return (
    <IpFrame
      title={t(scope === 'due' ? 'ip.due.title' : 'ip.deadlines.title')}
      lead={t(scope === 'due' ? 'ip.due.lead' : 'ip.deadlines.lead')}
    >
      {scope === 'mine' && <CalendarFeed />}
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.deadlines.empty')}</p>}
      {byMonth(items).map((g) => (
        <section key={g.month} className="ip-section" aria-labelledby={`m-${g.month}`}>
          <h2 id={`m-${g.month}`} className="h3">
            {monthName(g.month)}
          </h2>
          <DeadlineTable
            items={g.items}
            today={today}
            showOrganisation={scope === 'due'}
            caption={monthName(g.month)}
          />
        </section>
      ))}
      <p className="muted">{t('ip.deadlines.note', { date: formatDate(today, lang) })}</p>
    </IpFrame>
  );
}

/** The organisation's iCalendar feed: a secret address, shown once when made (a new one replaces it). */
function CalendarFeed() {
  const { t, lang } = useI18n();
  const status = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const [address, setAddress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="callout ip-section" aria-labelledby="ip-feed">
      <h2 id="ip-feed" className="h3">
        {t('ip.deadlines.ical')}
      </h2>
      {status.data?.exists && !address && (
        <p>{t('ip.deadlines.icalExists', { date: formatDateTime(status.data.createdAt, lang) })}</p>
      )}
      {address && (
        <p>
          {t('ip.deadlines.icalNew')}{' '}
          <a href={address} className="ip-feed-url">
            {address}
          </a>
        </p>
      )}
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={rotate.isPending}
        onClick={() => {
          setError(null);
          rotate.mutate(undefined, {
            onSuccess: (feed) => setAddress(new URL(feed.path, window.location.origin).toString()),
            onError: (e) => setError(errorMessage(e, lang, t('error.generic'), t('error.network'))),
          });
        }}
      >
        {t(status.data?.exists ? 'ip.deadlines.icalRotate' : 'ip.deadlines.icalMake')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function DeadlineTable({
  items,
  today,
  showOrganisation,
  caption,
}: {
  items: DeadlineView[];
  today: string;
  showOrganisation: boolean;
  caption: string;
}) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ip.deadlines.due')}</th>
            <th scope="col">{t('ip.deadlines.kind')}</th>
            <th scope="col">{t('ip.col.subject')}</th>
            {showOrganisation && <th scope="col">{t('ip.col.organisation')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((d) => {
            const left = daysUntil(d.dueDate, today);
            return (
              <tr key={d.id} className={left < 0 ? 'ip-overdue' : left <= 7 ? 'ip-soon' : undefined}>
                <th scope="row">
                  {formatDate(d.dueDate, lang)}{' '}
                  <span className="muted">
                    (
                    {left < 0 ? t('ip.deadlines.overdue', { count: -left }) : t('ip.deadlines.inDays', { count: left })}
                    )
                  </span>
                  {d.nominalDueDate !== d.dueDate && (
                    <span className="muted ip-moved">
                      {' '}
                      {t('ip.deadlines.moved', { date: formatDate(d.nominalDueDate, lang) })}
                    </span>
                  )}
                </th>
                <td>{lang === 'en' ? d.titleEn : d.titleVi}</td>
                <td>
                  <Link to={`${IP_BASE}/yeu-cau/${encodeURIComponent(d.requestId)}`}>{d.subjectTitle}</Link>
                  <span className="muted">
                    {' '}
                    · {label('ip.right', d.right)} · {d.applicationNumber}
                  </span>
                </td>
                {showOrganisation && <td>{d.organisationName}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
