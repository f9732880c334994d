// On a listing's detail page: the officer's publish/return (when it waits in the queue), the
// owner's "withdraw to edit" and the note that the public still sees the published version.
import type { PendingRevisionView } from '@sti/techmart/api';
import { useState } from 'react';
import { Link } from 'react-router';
import { Flash } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { canList, canModerate } from '../../shell/auth/roles.ts';
import { COLLECTION_OF, type QueueType } from '../api/techmart-queries.ts';
import type { ListingStatus } from '../api/techmart-types.ts';
import { ModerationActions } from '../moderation/ModerationActions.tsx';
import { PendingRevisionNote, WithdrawButton } from '../my/ListingWorkflow.tsx';

export function ListingWorkflowPanel({
  type,
  id,
  title,
  status,
  pendingRevision,
}: {
  type: QueueType;
  id: string;
  title: string;
  status: ListingStatus;
  pendingRevision?: PendingRevisionView | null | undefined;
}) {
  const { t } = useI18n();
  const { identity } = useAuth();
  const [flash, setFlash] = useState<string | null>(null);
  // after a decision the listing reloads with its new status: the panel stays to show the outcome
  const [decided, setDecided] = useState(false);
  const roles = identity?.roles ?? [];
  const officer = canModerate(roles);
  return (
    <>
      <Flash message={flash} />
      {!officer && <PendingRevisionNote pending={pendingRevision} />}
      {officer && (status === 'submitted' || decided) && (
        <section className="card moderation-panel" aria-labelledby="moderation-panel-title">
          <h2 id="moderation-panel-title">{t('queue.moderationPanel')}</h2>
          <ModerationActions type={type} id={id} title={title} onDecided={() => setDecided(true)} />
          <p>
            <Link to="/moderation">{t('queue.openQueue')}</Link>
          </p>
        </section>
      )}
      {!officer && canList(roles) && status === 'submitted' && (
        <p className="form-actions">
          <WithdrawButton collection={COLLECTION_OF[type]} id={id} title={title} onWithdrawn={setFlash} />
        </p>
      )}
    </>
  );
}
