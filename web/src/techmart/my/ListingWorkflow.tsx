// The owner's side of moderation: withdraw a submission to edit it again, and, while an edit of a
// published listing waits, a plain note that the public still sees the published version.
import type { PendingRevisionView } from '@sti/techmart/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, TECHMART } from '../../shared/api/client.ts';
import { ErrorBox } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { type Collection, invalidateListing } from '../api/techmart-queries.ts';

export function PendingRevisionNote({ pending }: { pending?: PendingRevisionView | null }) {
  const { t, lang } = useI18n();
  if (!pending) return null;
  return (
    <div className="alert alert-info pending-revision" role="note">
      <p>{pending.message[lang] || pending.message.vi}</p>
      <p>{t('pending.publicSees', { date: formatDate(pending.publishedAt, lang) })}</p>
    </div>
  );
}

export function useWithdraw(collection: Collection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`${TECHMART}/${collection}/${encodeURIComponent(id)}/withdraw`, { method: 'POST', json: {} }),
    onSuccess: (_d, id) => invalidateListing(client, collection, id),
  });
}

/** "Withdraw to edit": submitted → draft, before an officer decides. */
export function WithdrawButton({
  collection,
  id,
  title,
  onWithdrawn,
}: {
  collection: Collection;
  id: string;
  title: string;
  onWithdrawn?: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const withdraw = useWithdraw(collection);
  return (
    <>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={withdraw.isPending}
        aria-label={t('withdraw.itemButton', { title })}
        onClick={() =>
          // mutateAsync: the button unmounts when the list reloads, the message must still be shown
          withdraw.mutateAsync(id).then(
            () => onWithdrawn?.(t('withdraw.done', { title })),
            () => {},
          )
        }
      >
        {t('withdraw.button')}
      </button>
      {withdraw.isError && (
        <ErrorBox>{errorMessage(withdraw.error, lang, t('error.generic'), t('error.network'))}</ErrorBox>
      )}
    </>
  );
}

export function useRenew(collection: Collection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ expiresAt?: string }>(`${TECHMART}/${collection}/${encodeURIComponent(id)}/renew`, {
        method: 'POST',
        json: {},
      }),
    onSuccess: (_d, id) => invalidateListing(client, collection, id),
  });
}

/** "Renew": keeps a published listing public for another period, also after it expired. */
export function RenewButton({
  collection,
  id,
  title,
  onRenewed,
}: {
  collection: Collection;
  id: string;
  title: string;
  onRenewed?: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const renew = useRenew(collection);
  return (
    <>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={renew.isPending}
        aria-label={`${t('my.renew')}: ${title}`}
        onClick={() =>
          renew.mutateAsync(id).then(
            (view) => onRenewed?.(t('my.renewed', { date: view.expiresAt ? formatDate(view.expiresAt, lang) : '' })),
            () => {},
          )
        }
      >
        {t('my.renew')}
      </button>
      {renew.error && <ErrorBox error={renew.error} />}
    </>
  );
}
