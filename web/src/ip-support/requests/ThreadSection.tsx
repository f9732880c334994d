// The request's thread: messages between the business and the officers, and the officers' internal
// notes (which the business never sees: the service leaves them out of its answer). Text is shown as text.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useMessages, usePostMessage } from '../api/ip-queries.ts';

export function ThreadSection({ requestId, officer }: { requestId: string; officer: boolean }) {
  const { t, lang } = useI18n();
  const id = useId();
  const res = useMessages(requestId);
  const post = usePostMessage();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const items = res.data?.items ?? [];
  return (
    <section className="ip-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ip.thread.title')}</h2>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.thread.empty')}</p>}
      {items.length > 0 && (
        <ol className="ip-thread">
          {items.map((m) => (
            <li key={m.id} className={m.internal ? 'ip-note' : undefined}>
              <p className="ip-thread-meta">
                <strong>{m.authorName}</strong> · {formatDateTime(m.createdAt, lang)}
                {m.internal ? ` · ${t('ip.thread.internal')}` : ''}
              </p>
              <p className="prewrap">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSent(null);
          if (body.trim().length === 0) {
            setError(t('ip.thread.emptyBody'));
            return;
          }
          setError(null);
          post.mutate(
            { id: requestId, body: body.trim(), internal },
            {
              onSuccess: () => {
                setBody('');
                setSent(t('ip.thread.sent'));
              },
              onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
            },
          );
        }}
      >
        <div className={error ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-body`}>{t('ip.thread.new')}</label>
          <textarea
            id={`${id}-body`}
            rows={3}
            maxLength={5000}
            value={body}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => setBody(e.target.value)}
          />
          {error && (
            <p id={`${id}-err`} className="field-error">
              {error}
            </p>
          )}
        </div>
        {officer && (
          <div className="field field-check">
            <input
              id={`${id}-internal`}
              type="checkbox"
              checked={internal}
              onChange={(e) => setInternal(e.target.checked)}
            />
            <label htmlFor={`${id}-internal`}>{t('ip.thread.internalBox')}</label>
          </div>
        )}
        <button type="submit" className="btn btn-secondary" disabled={post.isPending}>
          {t('ip.thread.send')}
        </button>
        <div role="status">{sent && <p className="alert alert-success">{sent}</p>}</div>
      </form>
    </section>
  );
}
