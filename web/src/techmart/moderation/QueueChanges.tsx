// What a resubmitted listing changed since the officer returned it: the previous reason, then
// field by field before → after (long values are left to the detail page).
import type { FieldChangeView } from '@sti/techmart/api';
import { type MessageKey, useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import type { QueueItem } from '../api/techmart-types.ts';

/** Field names of the views with a label in the form's own words. */
const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'form.title',
  summary: 'form.summary',
  description: 'form.description',
  sector: 'form.sector',
  keywords: 'form.keywords',
  trl: 'form.trl',
  ipStatus: 'form.ipStatus',
  transferModes: 'form.transferModes',
  price: 'form.price',
  locality: 'form.commune',
  contact: 'form.contactName',
  equipment: 'form.equipment',
  attachments: 'att.title',
};

function ChangeValue({ change, side }: { change: FieldChangeView; side: 'before' | 'after' }) {
  const { t } = useI18n();
  const value = change[side];
  if (change.valuesOmitted) return <span className="muted">{t('queue.tooLong')}</span>;
  if (value === undefined || value === '') {
    if (side === 'before' && change.change === 'added') return <span className="muted">{t('queue.added')}</span>;
    if (side === 'after' && change.change === 'removed') return <span className="muted">{t('queue.removed')}</span>;
    return <span className="muted">—</span>;
  }
  return <span className="prewrap">{value}</span>;
}

export function QueueChanges({ item, headingId }: { item: QueueItem; headingId: string }) {
  const { t, lang } = useI18n();
  if (!item.resubmission) return null;
  const changes = item.changes ?? [];
  return (
    <div className="resubmission">
      {item.previousReturn && (
        <div className="previous-return">
          <p className="previous-return-label">
            {t('queue.previousReason', { date: formatDate(item.previousReturn.returnedAt, lang) })}
          </p>
          <blockquote className="prewrap">{item.previousReturn.reason}</blockquote>
        </div>
      )}
      {changes.length === 0 ? (
        <p className="muted">{t('queue.noChanges')}</p>
      ) : (
        <div className="table-wrap">
          <table className="changes">
            <caption id={`${headingId}-changes`}>{t('queue.changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.field')}</th>
                <th scope="col">{t('queue.before')}</th>
                <th scope="col">{t('queue.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field] as MessageKey) : c.field}</th>
                  <td>
                    <del>
                      <ChangeValue change={c} side="before" />
                    </del>
                  </td>
                  <td>
                    <ins>
                      <ChangeValue change={c} side="after" />
                    </ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
