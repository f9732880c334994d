// A campaign's setup by its secretary (or an officer of the organisation): the details, the rubric, the
// council, and opening it for submissions. A new campaign starts with the details only.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { FieldErrors, Req } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import { messageText } from '../author/submission-form.ts';
import {
  useCampaign,
  useOpenCampaign,
  useSaveCampaign,
  useSaveCouncil,
  useSaveRubric,
} from '../api/initiatives-queries.ts';
import type { Campaign, CouncilRole } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';
import {
  type CampaignFormValues,
  campaignFormOf,
  campaignFormSchema,
  emptyCampaign,
  toCampaignInput,
} from './campaign-form.ts';
import { RubricEditor } from './RubricEditor.tsx';
import { rubricFormOf } from './rubric-form.ts';

export function CampaignSetupPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const res = useCampaign(id);
  if (id && res.isPending) return <Loading />;
  if (id && res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const c = res.data;
  return (
    <IniFrame
      title={c ? t('ini.setup.title', { title: c.title }) : t('ini.setup.newTitle')}
      campaignId={c?.id}
      lead={t('ini.setup.lead')}
    >
      <DetailsForm campaign={c} />
      {c && (
        <>
          <RubricSection campaign={c} />
          <CouncilSection campaign={c} />
          <OpenSection campaign={c} />
        </>
      )}
    </IniFrame>
  );
}

function useAct() {
  const { t, lang } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (run: () => Promise<unknown>, message: string) => {
    setDone(null);
    setError(null);
    try {
      await run();
      setDone(message);
    } catch (e) {
      setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };
  return { done, error, act };
}

function DetailsForm({ campaign }: { campaign: Campaign | undefined }) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const navigate = useNavigate();
  const { identity } = useAuth();
  const save = useSaveCampaign();
  const { done, error, act } = useAct();
  const form = useForm<CampaignFormValues>({
    defaultValues: campaign ? campaignFormOf(campaign) : emptyCampaign(identity?.localityCode?.slice(0, 2) ?? ''),
    resolver: zodResolver(campaignFormSchema),
  });
  const { register, handleSubmit, formState } = form;
  const editable = !campaign || (campaign.canManage && campaign.state === 'draft');
  const errorOf = (f: keyof CampaignFormValues) => {
    const text = messageText(formState.errors[f]?.message, lang, t);
    return text ? [text] : [];
  };
  const field = (f: keyof CampaignFormValues, label: MessageKey, type: 'text' | 'date' = 'text', numeric = false) => (
    <div className={errorOf(f).length ? 'field has-error' : 'field'}>
      <label htmlFor={`${prefix}-${f}`}>
        {t(label)} <Req />
      </label>
      <input
        id={`${prefix}-${f}`}
        type={type}
        inputMode={numeric ? 'numeric' : undefined}
        className={numeric ? 'ini-score-box' : undefined}
        disabled={!editable}
        required
        aria-invalid={errorOf(f).length ? true : undefined}
        aria-describedby={errorOf(f).length ? `${prefix}-${f}-err` : undefined}
        {...register(f)}
      />
      <FieldErrors id={`${prefix}-${f}-err`} errors={errorOf(f)} />
    </div>
  );
  return (
    <form
      className="form ini-section"
      noValidate
      aria-labelledby={`${prefix}-h`}
      onSubmit={(e) =>
        void handleSubmit((values) =>
          act(async () => {
            const saved = await save.mutateAsync({
              ...(campaign ? { id: campaign.id } : {}),
              body: toCampaignInput(values),
            });
            if (!campaign) navigate(`/sang-kien/dot/${encodeURIComponent(saved.id)}/thiet-lap`, { replace: true });
          }, t('ini.setup.saved')),
        )(e)
      }
    >
      <h2 id={`${prefix}-h`}>{t('ini.setup.details')}</h2>
      <Outcome text={done} error={error} />
      {field('title', 'ini.setup.campaignTitle')}
      <div className="field">
        <label htmlFor={`${prefix}-description`}>{t('ini.setup.description')}</label>
        <textarea id={`${prefix}-description`} rows={3} disabled={!editable} {...register('description')} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-level`}>{t('ini.setup.level')}</label>
        <select id={`${prefix}-level`} disabled={!editable} {...register('level')}>
          <option value="unit">{t('ini.level.unit')}</option>
          <option value="commune">{t('ini.level.commune')}</option>
          <option value="province">{t('ini.level.province')}</option>
        </select>
      </div>
      {field('localityCode', 'ini.setup.locality', 'text', true)}
      <div className="grid-2">
        {field('submissionOpensOn', 'ini.setup.opensOn', 'date')}
        {field('submissionClosesOn', 'ini.setup.closesOn', 'date')}
      </div>
      <div className="grid-3">
        {field('threshold', 'ini.setup.threshold', 'text', true)}
        {field('reviewsPerSubmission', 'ini.setup.reviews', 'text', true)}
        {field('appealDays', 'ini.setup.appealDays', 'text', true)}
        {field('reviewDays', 'ini.setup.reviewDays', 'text', true)}
      </div>
      <label className="choice">
        <input type="checkbox" disabled={!editable} {...register('blind')} /> {t('ini.setup.blind')}
      </label>
      {editable && (
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t(campaign ? 'ini.setup.saveDetails' : 'ini.setup.create')}
          </button>
        </div>
      )}
    </form>
  );
}

function RubricSection({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const save = useSaveRubric();
  const { done, error, act } = useAct();
  const rubric = campaign.rubric;
  const editable = campaign.state === 'draft' && (campaign.canManage || campaign.myRole === 'secretary');
  return (
    <section className="ini-section">
      <Outcome text={done} error={error} />
      <RubricEditor
        key={`${rubric.id}-${rubric.version}`}
        initial={rubricFormOf(rubric)}
        identity={{ id: rubric.id, version: rubric.version }}
        disabled={!editable}
        busy={save.isPending}
        onSave={({ id: _id, version: _version, ...revision }) =>
          void act(() => save.mutateAsync({ id: campaign.id, rubric: revision }), t('ini.rubric.saved'))
        }
      />
    </section>
  );
}

const ROLES: CouncilRole[] = ['chair', 'secretary', 'reviewer'];

function CouncilSection({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const prefix = useId();
  const save = useSaveCouncil();
  const { done, error, act } = useAct();
  const [members, setMembers] = useState(() =>
    campaign.council.length > 0
      ? campaign.council.map((m) => ({ userId: m.userId, role: m.role, name: m.displayName }))
      : [{ userId: '', role: 'chair' as CouncilRole, name: '' }],
  );
  const editable = campaign.canManage && campaign.state !== 'decided';
  const [tried, setTried] = useState(false);
  const count = (r: CouncilRole) => members.filter((m) => m.role === r && m.userId.trim()).length;
  const problems: string[] = [];
  if (members.some((m) => m.userId.trim() && m.name.trim().length < 2)) problems.push(t('ini.council.incomplete'));
  if (count('chair') !== 1) problems.push(t('ini.council.oneChair'));
  if (count('secretary') < 1) problems.push(t('ini.council.needSecretary'));
  if (count('reviewer') < campaign.reviewsPerSubmission)
    problems.push(t('ini.council.needReviewers', { count: campaign.reviewsPerSubmission }));
  return (
    <form
      className="form ini-section"
      noValidate
      aria-labelledby={`${prefix}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problems.length > 0) return;
        void act(
          () =>
            save.mutateAsync({
              id: campaign.id,
              members: members
                .filter((m) => m.userId.trim())
                .map((m) => ({ userId: m.userId.trim(), displayName: m.name.trim(), role: m.role })),
            }),
          t('ini.council.saved'),
        );
      }}
    >
      <h2 id={`${prefix}-h`}>{t('ini.council.title')}</h2>
      <p className="hint">{t('ini.council.lead')}</p>
      <Outcome text={done} error={error} />
      {tried && problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {members.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: members are edited in place by position
        <div key={`member-${i}`} className="ini-member-row">
          <div className="field">
            <label htmlFor={`${prefix}-u${i}`}>{t('ini.council.user', { n: i + 1 })}</label>
            <input
              id={`${prefix}-u${i}`}
              type="text"
              autoComplete="off"
              value={m.userId}
              disabled={!editable}
              onChange={(e) => setMembers((ms) => ms.map((x, j) => (j === i ? { ...x, userId: e.target.value } : x)))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-n${i}`}>{t('ini.council.name', { n: i + 1 })}</label>
            <input
              id={`${prefix}-n${i}`}
              type="text"
              autoComplete="off"
              value={m.name}
              disabled={!editable}
              onChange={(e) => setMembers((ms) => ms.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-r${i}`}>{t('ini.council.role', { n: i + 1 })}</label>
            <select
              id={`${prefix}-r${i}`}
              value={m.role}
              disabled={!editable}
              onChange={(e) =>
                setMembers((ms) => ms.map((x, j) => (j === i ? { ...x, role: e.target.value as CouncilRole } : x)))
              }
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`ini.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          {editable && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))}
            >
              {t('ini.council.remove', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {editable && (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setMembers((ms) => [...ms, { userId: '', role: 'reviewer', name: '' }])}
          >
            {t('ini.council.add')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('ini.council.save')}
          </button>
        </div>
      )}
    </form>
  );
}

function OpenSection({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const open = useOpenCampaign();
  const { done, error, act } = useAct();
  return (
    <section className="ini-section callout">
      <h2 className="h3">{t('ini.setup.openTitle')}</h2>
      <Outcome text={done} error={error} />
      {campaign.state === 'draft' ? (
        <>
          <p>{t('ini.setup.openLead')}</p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={open.isPending || !campaign.canManage}
            onClick={() => void act(() => open.mutateAsync(campaign.id), t('ini.setup.opened'))}
          >
            {t('ini.setup.open')}
          </button>
        </>
      ) : (
        <p>{t(`ini.campaignState.${campaign.state}`)}</p>
      )}
    </section>
  );
}
