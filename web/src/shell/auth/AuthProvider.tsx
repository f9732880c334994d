import { useQueryClient } from '@tanstack/react-query';
import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { setTokenSource } from '../../shared/api/client.ts';
import { loadConfig } from '../../config.ts';
import { type Identity, identityFrom } from './roles.ts';

/** Why the user is no longer signed in, for the message the shell shows once. */
export type SignedOutReason = 'signedOut' | 'expired';

export interface Auth {
  ready: boolean;
  identity: Identity | null;
  /** set after a sign-out or an ended session until the user dismisses the message */
  signedOut: SignedOutReason | null;
  dismissSignedOut: () => void;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** completes the authorization-code + PKCE redirect; returns the path to go back to */
  completeSignIn: () => Promise<string>;
}

const AuthContext = createContext<Auth | null>(null);

/** The query parameter the provider sends the browser back with after a sign-out. */
export const SIGNED_OUT_PARAM = 'signedOut';
const USER_KEY_PREFIX = 'oidc.user:';

let managerPromise: Promise<UserManager> | null = null;
function manager(): Promise<UserManager> {
  managerPromise ??= loadConfig().then(
    ({ oidc }) =>
      new UserManager({
        authority: oidc.authority,
        client_id: oidc.clientId,
        redirect_uri: `${window.location.origin}/auth/callback`,
        post_logout_redirect_uri: `${window.location.origin}/?${SIGNED_OUT_PARAM}=1`,
        response_type: 'code',
        scope: oidc.scope,
        // One session per browser, as Keycloak's own clients keep it: the token set lives in
        // localStorage (a new tab and a reload are still signed in) and is renewed with the refresh
        // token shortly before the access token expires.
        userStore: new WebStorageStateStore({ store: window.localStorage }),
        automaticSilentRenew: true,
        accessTokenExpiringNotificationTimeInSeconds: 60,
        loadUserInfo: false,
      }),
  );
  return managerPromise;
}

function safeReturnPath(state: unknown): string {
  const p = (state as { returnTo?: unknown } | undefined)?.returnTo;
  // only same-origin paths: never an absolute URL from the state
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') ? p : '/';
}

/** A stored user is usable if its access token is valid, or it can be renewed with its refresh token. */
async function restore(um: UserManager): Promise<User | null> {
  const stored = await um.getUser().catch(() => null);
  if (!stored) return null;
  if (!stored.expired) return stored;
  if (!stored.refresh_token) {
    await um.removeUser();
    return null;
  }
  try {
    return await um.signinSilent();
  } catch {
    await um.removeUser();
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [signedOut, setSignedOut] = useState<SignedOutReason | null>(() =>
    new URLSearchParams(window.location.search).has(SIGNED_OUT_PARAM) ? 'signedOut' : null,
  );
  const userRef = useRef<User | null>(null);
  userRef.current = user;
  const queryClient = useQueryClient();

  // Another user (or none): what the previous one was allowed to see leaves the cache.
  const subject = user?.profile.sub ?? null;
  const lastSubject = useRef(subject);
  useEffect(() => {
    if (lastSubject.current === subject) return;
    lastSubject.current = subject;
    void queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== 'techmart' || q.queryKey[1] !== 'reference' });
  }, [subject, queryClient]);

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    manager().then(async (um) => {
      const loaded = (u: User) => setUser(u);
      const unloaded = () => setUser(null);
      // renewal failed (refresh token expired or the session ended at the provider)
      const renewFailed = () => {
        void um.removeUser();
        if (userRef.current) setSignedOut('expired');
        setUser(null);
      };
      // another tab signed in, renewed or signed out: follow it
      const onStorage = (e: StorageEvent) => {
        if (e.key === null || e.key.startsWith(USER_KEY_PREFIX))
          void um.getUser().then((u) => setUser(u && !u.expired ? u : null));
      };
      um.events.addUserLoaded(loaded);
      um.events.addUserUnloaded(unloaded);
      um.events.addSilentRenewError(renewFailed);
      um.events.addAccessTokenExpired(renewFailed);
      window.addEventListener('storage', onStorage);
      cleanup = () => {
        um.events.removeUserLoaded(loaded);
        um.events.removeUserUnloaded(unloaded);
        um.events.removeSilentRenewError(renewFailed);
        um.events.removeAccessTokenExpired(renewFailed);
        window.removeEventListener('storage', onStorage);
      };
      const u = await restore(um);
      if (!cancelled) {
        setUser(u);
        setReady(true);
      }
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, []);

  useEffect(() => {
    setTokenSource(
      () => (userRef.current && !userRef.current.expired ? userRef.current.access_token : null),
      () => {
        // the API refused the token: the session is over
        setSignedOut('expired');
        void manager().then((um) => um.removeUser());
      },
    );
  }, []);

  const signIn = useCallback(async (returnTo?: string) => {
    const um = await manager();
    const path = returnTo ?? `${window.location.pathname}${window.location.search}`;
    await um.signinRedirect({ state: { returnTo: path } });
  }, []);

  const signOut = useCallback(async () => {
    const um = await manager();
    const current = await um.getUser();
    try {
      await um.signoutRedirect({ id_token_hint: current?.id_token });
    } catch {
      // provider without an end-session endpoint: forget the tokens locally
      await um.removeUser();
      window.location.assign(`/?${SIGNED_OUT_PARAM}=1`);
    }
  }, []);

  const completeSignIn = useCallback(async () => {
    const um = await manager();
    const u = await um.signinRedirectCallback();
    setUser(u);
    setSignedOut(null);
    return safeReturnPath(u.state);
  }, []);

  const dismissSignedOut = useCallback(() => setSignedOut(null), []);

  const identity = useMemo(
    () => (user ? identityFrom(user.access_token, user.profile as unknown as Record<string, unknown>) : null),
    [user],
  );

  const value = useMemo<Auth>(
    () => ({ ready, identity, signedOut, dismissSignedOut, signIn, signOut, completeSignIn }),
    [ready, identity, signedOut, dismissSignedOut, signIn, signOut, completeSignIn],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
