// The account actions of a list (disable, enable, reset password, verify), with the confirmation a
// destructive one needs, the temporary password shown once, and the outcome message.
import { useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useResetPassword, useUserAction } from '../api/admin-queries.ts';
import type { UserView } from '../api/admin-types.ts';

export type PendingConfirmation = { kind: 'disable' | 'reset' | 'verify'; user: UserView } | null;

export function useAccountActions() {
  const { t, lang } = useI18n();
  const action = useUserAction();
  const reset = useResetPassword();
  const [confirming, setConfirming] = useState<PendingConfirmation>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<{ name: string; password: string } | null>(null);

  const fail = (error: unknown) => setFailure(errorMessage(error, lang, t('error.generic'), t('error.network')));

  const run = async (kind: 'disable' | 'enable' | 'verify' | 'reset', user: UserView) => {
    setOutcome(null);
    setFailure(null);
    try {
      if (kind === 'reset') {
        const answer = await reset.mutateAsync(user.id);
        setTemporary({ name: answer.user.username, password: answer.temporaryPassword });
      } else {
        await action.mutateAsync({ id: user.id, action: kind });
        const key =
          kind === 'disable'
            ? 'admin.users.disabled'
            : kind === 'enable'
              ? 'admin.users.enabled'
              : 'admin.users.verified';
        setOutcome(t(key, { name: user.username }));
      }
    } catch (error) {
      fail(error);
    } finally {
      setConfirming(null);
    }
  };

  return {
    confirming,
    ask: (kind: 'disable' | 'reset' | 'verify', user: UserView) => setConfirming({ kind, user }),
    cancel: () => setConfirming(null),
    confirm: () => confirming && void run(confirming.kind, confirming.user),
    enable: (user: UserView) => void run('enable', user),
    busy: action.isPending || reset.isPending,
    outcome,
    setOutcome,
    failure,
    temporary,
    setTemporary,
    closeTemporary: () => setTemporary(null),
  };
}
