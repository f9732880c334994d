// The rubric editor: criteria with weights, ranges, steps and score bands, the live totals, and every
// problem on its own box (the @sti/review rules, run as the secretary types once they tried to save).
import { useId, useState } from 'react';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { RubricInput } from '../api/initiatives-types.ts';
import {
  type BandState,
  type CriterionState,
  emptyBand,
  emptyCriterion,
  type RubricFormState,
  rubricTotals,
  templateRubric,
  validateRubricForm,
} from './rubric-form.ts';

export function RubricEditor({
  initial,
  identity,
  disabled,
  busy,
  onSave,
}: {
  initial: RubricFormState | null;
  identity: { id: string; version: number };
  disabled?: boolean;
  busy?: boolean;
  onSave: (rubric: RubricInput) => void;
}) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const [state, setState] = useState<RubricFormState>(() => initial ?? templateRubric());
  const [tried, setTried] = useState(false);
  const { errors, rubric } = validateRubricForm(state, identity);
  const shown = tried ? errors : [];
  const errs = (field: string) => shown.filter((e) => e.field === field).map((e) => e.message[lang]);
  const totals = rubricTotals(state);
  const box = (field: string) => `${prefix}-${field.replace(/\./g, '-')}`;

  const setCriterion = (i: number, patch: Partial<CriterionState>) =>
    setState((s) => ({ ...s, criteria: s.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setBand = (i: number, k: number, patch: Partial<BandState>) =>
    setState((s) => ({
      ...s,
      criteria: s.criteria.map((c, j) =>
        j === i ? { ...c, bands: c.bands.map((b, m) => (m === k ? { ...b, ...patch } : b)) } : c,
      ),
    }));

  const input = (field: string, label: string, value: string, onChange: (v: string) => void, narrow = false) => {
    const e = errs(field);
    return (
      <div className={e.length ? 'field has-error' : 'field'}>
        <label htmlFor={box(field)}>{label}</label>
        <input
          id={box(field)}
          type="text"
          className={narrow ? 'ini-score-box' : undefined}
          inputMode={narrow ? 'decimal' : undefined}
          value={value}
          disabled={disabled}
          aria-invalid={e.length ? true : undefined}
          aria-describedby={e.length ? `${box(field)}-err` : undefined}
          onChange={(ev) => onChange(ev.target.value)}
        />
        <FieldErrors id={`${box(field)}-err`} errors={e} />
      </div>
    );
  };

  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${prefix}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (rubric) onSave(rubric);
      }}
    >
      <h2 id={`${prefix}-h`}>{t('ini.rubric.title')}</h2>
      <p className="hint">{t('ini.rubric.lead')}</p>
      {tried && errors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <p>{t('ini.rubric.fix', { count: errors.length })}</p>
        </div>
      )}
      <div className="grid-2">
        {input('titleVi', t('ini.rubric.nameVi'), state.titleVi, (v) => setState((s) => ({ ...s, titleVi: v })))}
        {input('titleEn', t('ini.rubric.nameEn'), state.titleEn, (v) => setState((s) => ({ ...s, titleEn: v })))}
      </div>
      <p className={`ini-totals ${totals.weights === totals.target ? '' : 'field-error'}`} aria-live="polite">
        {t('ini.rubric.totals', { weights: totals.weights, target: totals.target, maxima: totals.maxima })}
      </p>
      <FieldErrors id={`${prefix}-criteria-err`} errors={errs('criteria')} />
      {state.criteria.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: criteria are edited in place by position
        <fieldset key={`criterion-${i}`} className="ini-criterion">
          <legend>{t('ini.rubric.criterion', { n: i + 1, name: c.titleVi || c.key })}</legend>
          <div className="grid-3">
            {input(`criteria.${i}.key`, t('ini.rubric.key'), c.key, (v) => setCriterion(i, { key: v }))}
            {input(`criteria.${i}.titleVi`, t('ini.rubric.titleVi'), c.titleVi, (v) => setCriterion(i, { titleVi: v }))}
            {input(`criteria.${i}.titleEn`, t('ini.rubric.titleEn'), c.titleEn, (v) => setCriterion(i, { titleEn: v }))}
          </div>
          <div className="grid-3">
            {input(
              `criteria.${i}.weight`,
              t('ini.rubric.weight'),
              c.weight,
              (v) => setCriterion(i, { weight: v }),
              true,
            )}
            {input(`criteria.${i}.min`, t('ini.rubric.min'), c.min, (v) => setCriterion(i, { min: v }), true)}
            {input(`criteria.${i}.max`, t('ini.rubric.max'), c.max, (v) => setCriterion(i, { max: v }), true)}
            {input(`criteria.${i}.step`, t('ini.rubric.step'), c.step, (v) => setCriterion(i, { step: v }), true)}
          </div>
          <h3 className="h3">{t('ini.rubric.bands')}</h3>
          <FieldErrors id={`${box(`criteria.${i}.bands`)}-err`} errors={errs(`criteria.${i}.bands`)} />
          {c.bands.map((b, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: bands are edited in place by position
            <div key={`band-${k}`} className="ini-band-row">
              {input(
                `criteria.${i}.bands.${k}.min`,
                t('ini.rubric.bandMin', { n: k + 1 }),
                b.min,
                (v) => setBand(i, k, { min: v }),
                true,
              )}
              {input(
                `criteria.${i}.bands.${k}.max`,
                t('ini.rubric.bandMax', { n: k + 1 }),
                b.max,
                (v) => setBand(i, k, { max: v }),
                true,
              )}
              {input(`criteria.${i}.bands.${k}.vi`, t('ini.rubric.bandVi', { n: k + 1 }), b.vi, (v) =>
                setBand(i, k, { vi: v }),
              )}
              {input(`criteria.${i}.bands.${k}.en`, t('ini.rubric.bandEn', { n: k + 1 }), b.en, (v) =>
                setBand(i, k, { en: v }),
              )}
              {c.bands.length > 1 && !disabled && (
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  onClick={() => setCriterion(i, { bands: c.bands.filter((_, m) => m !== k) })}
                >
                  {t('ini.rubric.removeBand', { n: k + 1 })}
                </button>
              )}
            </div>
          ))}
          {!disabled && (
            <p className="actions-row">
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => setCriterion(i, { bands: [...c.bands, emptyBand()] })}
              >
                {t('ini.rubric.addBand')}
              </button>
              {state.criteria.length > 1 && (
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  onClick={() => setState((s) => ({ ...s, criteria: s.criteria.filter((_, j) => j !== i) }))}
                >
                  {t('ini.rubric.removeCriterion', { n: i + 1 })}
                </button>
              )}
            </p>
          )}
        </fieldset>
      ))}
      {!disabled && (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setState((s) => ({ ...s, criteria: [...s.criteria, emptyCriterion()] }))}
          >
            {t('ini.rubric.addCriterion')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('ini.rubric.save')}
          </button>
        </div>
      )}
    </form>
  );
}
