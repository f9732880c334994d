// Organisations: search (accents ignored), add, verify, merge a duplicate into the one kept (with a
// confirmation that says what moves), deactivate (confirmed).
import { useId, useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import {
  useCreateOrganisation,
  useDeactivateOrganisation,
  useMergeOrganisation,
  useOrganisationSearch,
  useVerifyOrganisation,
} from '../api/admin-queries.ts';
import type { OrganisationSummary } from '../api/admin-types.ts';
import { AdminFrame, Outcome } from '../components/AdminFrame.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { Field } from '../components/Field.tsx';

type Pending =
  | { kind: 'deactivate'; org: OrganisationSummary }
  | { kind: 'merge'; org: OrganisationSummary; survivor: OrganisationSummary | null }
  | null;

export function OrganisationsPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const search = useOrganisationSearch(q);
  const verify = useVerifyOrganisation();
  const deactivate = useDeactivateOrganisation();
  const merge = useMergeOrganisation();
  const [pending, setPending] = useState<Pending>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const list = (search.data?.pages ?? []).flatMap((page) => page.items);
  const unavailable = search.error instanceof ApiError && search.error.status === 404;

  const run = async (work: () => Promise<string>) => {
    setOutcome(null);
    setFailure(null);
    try {
      setOutcome(await work());
    } catch (error) {
      setFailure(errorMessage(error, lang, t('error.generic'), t('error.network')));
    } finally {
      setPending(null);
    }
  };

  return (
    <AdminFrame title={t('admin.orgs.title')} lead={t('admin.orgs.lead')}>
      {unavailable ? (
        <p className="alert alert-info">{t('admin.common.unavailable')}</p>
      ) : (
        <>
          <CreateOrganisation onCreated={(name) => setOutcome(t('admin.orgs.created', { name }))} />
          <search>
            <form
              className="admin-filters"
              onSubmit={(event) => {
                event.preventDefault();
                setQ(draft.trim());
              }}
            >
              <Field id="orgs-q" label={t('admin.common.searchLabel')} className="grow">
                <input type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
              </Field>
              <button type="submit" className="btn btn-secondary">
                {t('admin.common.search')}
              </button>
            </form>
          </search>
          <Outcome text={outcome} error={failure} />
          {search.isPending ? (
            <Loading />
          ) : search.isError ? (
            <ErrorBox error={search.error} onRetry={() => void search.refetch()} />
          ) : list.length === 0 ? (
            <p className="empty">{t('admin.common.empty')}</p>
          ) : (
            <>
              <ul className="admin-list">
                {list.map((org) => (
                  <li key={org.id} className="card admin-item" data-organisation={org.name}>
                    <div className="admin-item-main">
                      <h2>{org.name}</h2>
                      <div className="admin-badges">
                        <span className={org.verified ? 'badge badge-published' : 'badge badge-submitted'}>
                          {org.verified ? t('admin.orgs.verified') : t('admin.orgs.pending')}
                        </span>
                      </div>
                    </div>
                    <div className="admin-item-actions">
                      {!org.verified && (
                        <button
                          type="button"
                          className="btn btn-primary btn-sm"
                          aria-label={`${t('admin.orgs.verify')}: ${org.name}`}
                          disabled={verify.isPending}
                          onClick={() =>
                            void run(async () => {
                              await verify.mutateAsync(org.id);
                              return t('admin.orgs.verifiedDone', { name: org.name });
                            })
                          }
                        >
                          {t('admin.orgs.verify')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        aria-label={`${t('admin.orgs.merge')} ${org.name}`}
                        onClick={() => setPending({ kind: 'merge', org, survivor: null })}
                      >
                        {t('admin.orgs.merge')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger btn-sm"
                        aria-label={`${t('admin.orgs.deactivate')}: ${org.name}`}
                        onClick={() => setPending({ kind: 'deactivate', org })}
                      >
                        {t('admin.orgs.deactivate')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
              {search.hasNextPage && (
                <button type="button" className="btn btn-secondary" onClick={() => void search.fetchNextPage()}>
                  {t('admin.common.loadMore')}
                </button>
              )}
            </>
          )}
        </>
      )}
      <ConfirmDialog
        open={pending?.kind === 'deactivate'}
        title={t('admin.orgs.deactivate')}
        confirmLabel={t('admin.orgs.deactivate')}
        danger
        busy={deactivate.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending?.kind !== 'deactivate') return;
          const { org } = pending;
          void run(async () => {
            await deactivate.mutateAsync(org.id);
            return t('admin.orgs.deactivated', { name: org.name });
          });
        }}
      >
        <p>{pending?.kind === 'deactivate' ? t('admin.orgs.confirmDeactivate', { name: pending.org.name }) : ''}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending?.kind === 'merge'}
        title={pending?.kind === 'merge' ? t('admin.orgs.mergeTitle', { name: pending.org.name }) : ''}
        confirmLabel={t('admin.orgs.mergeDo')}
        danger
        busy={merge.isPending || (pending?.kind === 'merge' && !pending.survivor)}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending?.kind !== 'merge' || !pending.survivor) return;
          const { org, survivor } = pending;
          void run(async () => {
            await merge.mutateAsync({ duplicateId: org.id, survivorId: survivor.id });
            return t('admin.orgs.merged', { duplicate: org.name, survivor: survivor.name });
          });
        }}
      >
        {pending?.kind === 'merge' && (
          <>
            <SurvivorPicker
              exclude={pending.org.id}
              chosen={pending.survivor}
              onChoose={(survivor) => setPending({ ...pending, survivor })}
            />
            {pending.survivor && (
              <p className="alert alert-warning">
                {t('admin.orgs.mergeConfirm', { duplicate: pending.org.name, survivor: pending.survivor.name })}
              </p>
            )}
          </>
        )}
      </ConfirmDialog>
    </AdminFrame>
  );
}

function CreateOrganisation({ onCreated }: { onCreated: (name: string) => void }) {
  const { t, lang } = useI18n();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  return (
    <form
      className="admin-filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        if (trimmed.length < 2 || trimmed.length > 200) {
          setError(t('admin.v.name'));
          return;
        }
        setError(undefined);
        create.mutate(trimmed, {
          onSuccess: (org) => {
            setName('');
            onCreated(org.name);
          },
          onError: (failure) => {
            const fieldMessage =
              failure instanceof ApiError
                ? failure.problem?.errors?.find((e) => e.field === 'name')?.message
                : undefined;
            setError(fieldMessage?.[lang] ?? errorMessage(failure, lang, t('error.generic'), t('error.network')));
          },
        });
      }}
    >
      <Field id={`${id}-name`} label={t('admin.orgs.name')} error={error} required className="grow">
        <input type="text" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t('admin.orgs.create')}
      </button>
    </form>
  );
}

function SurvivorPicker({
  exclude,
  chosen,
  onChoose,
}: {
  exclude: string;
  chosen: OrganisationSummary | null;
  onChoose: (org: OrganisationSummary | null) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const id = useId();
  const search = useOrganisationSearch(q.trim());
  const items = (search.data?.pages.flatMap((p) => p.items) ?? []).filter((o) => o.id !== exclude).slice(0, 8);
  if (chosen)
    return (
      <div className="field">
        <p>
          {t('admin.orgs.mergeSurvivor')}: <strong>{chosen.name}</strong>
        </p>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChoose(null)}>
          {t('admin.orgs.mergePick')}
        </button>
      </div>
    );
  return (
    <div>
      <Field id={`${id}-q`} label={t('admin.orgs.mergePick')}>
        <input type="search" autoComplete="off" value={q} onChange={(event) => setQ(event.target.value)} />
      </Field>
      <ul className="admin-picker" aria-label={t('admin.orgs.mergePick')}>
        {items.map((org) => (
          <li key={org.id}>
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChoose(org)}>
              {org.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
