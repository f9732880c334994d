// Statutory deadlines. A business sees its organisation's, month by month, with the iCalendar feed to
// subscribe to; an officer (`scope="due"`) sees every organisation's falling due in the next 30 days.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useDeadlines } from '../api/ip-queries.ts';
import type { DeadlineView } from '../api/ip-types.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';
import { byMonth, daysUntil, todayInVietnam } from './by-month.ts';

export function DeadlinesPage({ scope }: { scope: 'mine' | 'due' }) {
  const { t, lang } = useI18n();
  const today = todayInVietnam();
  const res = useDeadlines(scope === 'due' ? '?withinDays=30' : '');
  const data = res.data as (typeof res.data & { calendarUrl?: string | null }) | undefined;
  const items = data?.items ?? [];
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
      {scope === 'mine' && data?.calendarUrl && (
        <p className="callout">
          {t('ip.deadlines.ical')} <a href={data.calendarUrl}>{t('ip.deadlines.icalLink')}</a>
        </p>
      )}
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
            const left = daysUntil(d.dueOn, today);
            return (
              <tr key={d.id} className={left < 0 ? 'ip-overdue' : left <= 7 ? 'ip-soon' : undefined}>
                <th scope="row">
                  {formatDate(d.dueOn.slice(0, 10), lang)}{' '}
                  <span className="muted">
                    (
                    {left < 0 ? t('ip.deadlines.overdue', { count: -left }) : t('ip.deadlines.inDays', { count: left })}
                    )
                  </span>
                </th>
                <td>{label('ip.deadline', d.kind)}</td>
                <td>
                  {d.requestId ? (
                    <Link to={`${IP_BASE}/yeu-cau/${encodeURIComponent(d.requestId)}`}>
                      {d.subjectTitle ?? d.applicationNumber ?? ''}
                    </Link>
                  ) : (
                    (d.subjectTitle ?? d.applicationNumber ?? '')
                  )}
                  {d.right && <span className="muted"> · {label('ip.right', d.right)}</span>}
                </td>
                {showOrganisation && <td>{d.organisationName ?? ''}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
