// The price box: accepts "150 triệu", "1,2 tỷ" or "150.000.000", shows the amount with thousands
// separators and in words, and hands the form the API's digit string (or the raw text, which the
// form's validation then reports).
import { useState } from 'react';
import { TextField } from '../../shared/components/FormFields.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { groupThousands, parsePriceInput, readableAmount } from './price-input.ts';

export function PriceInput({
  field,
  label,
  amountVnd,
  errors,
  onChange,
}: {
  field: string;
  label: string;
  amountVnd: string;
  errors: string[];
  onChange: (amountOrText: string) => void;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(() => groupThousands(amountVnd, lang));
  const parsed = parsePriceInput(text);
  const hint = parsed.ok
    ? t('price.understood', {
        amount: groupThousands(parsed.amountVnd, lang),
        words: readableAmount(parsed.amountVnd, lang),
      })
    : t('price.hint');
  const ownError = !parsed.ok && parsed.reason !== 'empty' && text.trim() !== '' ? [t(`price.${parsed.reason}`)] : [];
  return (
    <TextField
      field={field}
      label={label}
      value={text}
      max={40}
      hideCounter
      hint={hint}
      errors={errors.length ? errors : ownError}
      onChange={(v) => {
        setText(v);
        const next = parsePriceInput(v);
        onChange(next.ok ? next.amountVnd : v);
      }}
    />
  );
}
