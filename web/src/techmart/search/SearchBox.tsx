import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export function SearchBox({ initial = '', large = false }: { initial?: string; large?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const id = useId();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (q.trim()) p.set('q', q.trim());
    navigate(`/search?${p.toString()}`);
  };
  return (
    <search className={large ? 'searchbox searchbox-large' : 'searchbox'} aria-label={t('search.label')}>
      <form onSubmit={onSubmit}>
        <label htmlFor={id} className={large ? 'searchbox-label' : 'visually-hidden'}>
          {t('search.label')}
        </label>
        <div className="searchbox-row">
          <input
            id={id}
            type="search"
            name="q"
            value={q}
            maxLength={200}
            autoComplete="off"
            placeholder={t('search.placeholder')}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="btn btn-primary">
            {t('search.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}
