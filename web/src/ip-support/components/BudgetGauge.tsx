// The year's budget at a glance: paid, committed (approved, not paid yet) and left, as a bar and as
// figures (the figures are the accessible form; the bar is decoration).
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { BudgetView } from '../api/ip-types.ts';
import { gaugeParts } from './budget-gauge.ts';
import { vnd } from './labels.tsx';

export function BudgetGauge({ budget }: { budget: BudgetView }) {
  const { t } = useI18n();
  const parts = gaugeParts(budget.totalVnd, budget.committedVnd, budget.paidVnd);
  const headingId = `budget-${budget.id}`;
  return (
    <section
      className="card ip-gauge"
      aria-labelledby={headingId}
      data-programme={budget.programmeCode}
      data-year={budget.year}
    >
      <h2 id={headingId} className="h3">
        {t('ip.budget.title', { programme: budget.programmeName, year: budget.year })}
      </h2>
      <div className="ip-gauge-bar" aria-hidden="true">
        <span className="ip-gauge-paid" style={{ width: `${parts.paid / 10}%` }} />
        <span className="ip-gauge-committed" style={{ width: `${parts.committedOnly / 10}%` }} />
      </div>
      <dl className="facts ip-gauge-figures">
        <div className="fact">
          <dt>{t('ip.budget.total')}</dt>
          <dd data-testid="budget-total">{vnd(budget.totalVnd)}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.budget.committed')}</dt>
          <dd data-testid="budget-committed">{vnd(budget.committedVnd)}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.budget.paid')}</dt>
          <dd data-testid="budget-paid">{vnd(budget.paidVnd)}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.budget.left')}</dt>
          <dd data-testid="budget-left">{vnd(budget.leftVnd)}</dd>
        </div>
      </dl>
      {budget.queuedCount > 0 && (
        <p className="muted">{t('ip.budget.queued', { count: budget.queuedCount, amount: vnd(budget.queuedVnd) })}</p>
      )}
      {parts.overspent && <p className="alert alert-error">{t('ip.budget.overspent')}</p>}
    </section>
  );
}
