// A searchable organisation picker for the commune intake: type part of a name, pick a match from
// GET /organisations?q= (accents optional), or keep the typed name as a new organisation. When the
// search is unavailable it degrades to the typed name.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, TECHMART } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { fieldId } from '../forms/offerForm.ts';

export interface OrganisationChoice {
  organisationId: string;
  organisationName: string;
}

interface OrganisationHit {
  id: string;
  name: string;
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function OrganisationPicker({
  value,
  errors,
  onChange,
}: {
  value: OrganisationChoice;
  errors: string[];
  onChange: (choice: OrganisationChoice) => void;
}) {
  const { t } = useI18n();
  const id = fieldId('onBehalfOf.organisationName');
  const [text, setText] = useState(value.organisationName);
  const [open, setOpen] = useState(false);
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['techmart', 'organisations', q],
    queryFn: ({ signal }) =>
      api<{ items: OrganisationHit[] } | OrganisationHit[]>(
        `${TECHMART}/organisations?q=${encodeURIComponent(q)}&limit=10`,
        { signal },
      ),
    enabled: q.length >= 2,
    retry: false,
    staleTime: 60_000,
  });
  const hits: OrganisationHit[] = Array.isArray(search.data) ? search.data : (search.data?.items ?? []);
  const choose = (hit: OrganisationHit) => {
    setText(hit.name);
    setOpen(false);
    onChange({ organisationId: hit.id, organisationName: hit.name });
  };
  const listId = `${id}-list`;
  const statusText = search.isError
    ? t('intake.orgUnavailable')
    : q.length >= 2 && search.isSuccess
      ? hits.length
        ? t('intake.orgResults', { count: hits.length })
        : t('intake.orgNone')
      : '';
  return (
    <div className={errors.length ? 'field has-error org-picker' : 'field org-picker'}>
      <label htmlFor={id}>{t('intake.organisationName')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('intake.orgHint')}
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        aria-controls={listId}
        aria-describedby={`${id}-hint ${id}-status${errors.length ? ` ${id}-err` : ''}`}
        aria-invalid={errors.length ? true : undefined}
        value={text}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          // typed text is a new organisation until a match is picked
          onChange({ organisationId: '', organisationName: e.target.value });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      <p id={`${id}-status`} className="hint" role="status">
        {statusText}
        {!value.organisationId && value.organisationName.trim() && (!hits.length || search.isError)
          ? ` ${t('intake.orgNew', { name: value.organisationName.trim() })}`
          : ''}
      </p>
      {open && hits.length > 0 && (
        <ul id={listId} className="org-options" aria-label={t('intake.org')}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className={hit.id === value.organisationId ? 'org-option chosen' : 'org-option'}
                aria-pressed={hit.id === value.organisationId}
                onClick={() => choose(hit)}
              >
                {hit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <div id={`${id}-err`} className="field-error">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}
