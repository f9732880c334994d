// Locality (province → commune) and contact person: the same fields, limits and server field names
// in the offer, need and expert-profile forms.
import type { Province } from '../api/techmart-types.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { LIMITS } from '../forms/offerForm.ts';
import { SelectField, TextField } from '../../shared/components/FormFields.tsx';

export interface LocalityContactValue {
  provinceCode: string;
  communeCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export function LocalityContactFields({
  value,
  provinces,
  errorFor,
  onChange,
}: {
  value: LocalityContactValue;
  provinces: readonly Province[];
  errorFor: (field: string) => string[];
  onChange: (key: keyof LocalityContactValue, value: string) => void;
}) {
  const { t } = useI18n();
  const province = provinces.find((p) => p.provinceCode === value.provinceCode);
  return (
    <>
      <div className="grid-2">
        <SelectField
          field="locality.provinceCode"
          label={t('form.province')}
          value={value.provinceCode}
          errors={errorFor('locality.provinceCode')}
          onChange={(v) => {
            onChange('provinceCode', v);
            onChange('communeCode', '');
          }}
        >
          <option value="">{t('form.choose')}</option>
          {provinces.map((p) => (
            <option key={p.provinceCode} value={p.provinceCode}>
              {p.provinceName}
            </option>
          ))}
        </SelectField>
        <SelectField
          field="locality.communeCode"
          label={t('form.commune')}
          optional
          value={value.communeCode}
          errors={errorFor('locality.communeCode')}
          onChange={(v) => onChange('communeCode', v)}
        >
          <option value="">{t('form.communeAny')}</option>
          {(province?.communes ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>

      <div className="grid-3">
        <TextField
          field="contact.name"
          label={t('form.contactName')}
          required
          hideCounter
          value={value.contactName}
          max={LIMITS.contactName.max}
          autoComplete="name"
          errors={errorFor('contact.name')}
          onChange={(v) => onChange('contactName', v)}
        />
        <TextField
          field="contact.email"
          label={t('form.contactEmail')}
          type="email"
          hideCounter
          value={value.contactEmail}
          max={254}
          autoComplete="email"
          errors={errorFor('contact.email')}
          onChange={(v) => onChange('contactEmail', v)}
        />
        <TextField
          field="contact.phone"
          label={t('form.contactPhone')}
          type="tel"
          hideCounter
          value={value.contactPhone}
          max={20}
          autoComplete="tel"
          errors={errorFor('contact.phone')}
          onChange={(v) => onChange('contactPhone', v)}
        />
      </div>
    </>
  );
}
