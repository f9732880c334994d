import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { setTokenSource } from '../api/client.ts';
import { loadConfig } from '../config.ts';
import { identityFrom, type Identity } from './roles.ts';

export interface Auth {
  ready: boolean;
  identity: Identity | null;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** completes the authorization-code + PKCE redirect; returns the path to go back to */
  completeSignIn: () => Promise<string>;
}

const AuthContext = createContext<Auth | null>(null);

let managerPromise: Promise<UserManager> | null = null;
function manager(): Promise<UserManager> {
  managerPromise ??= loadConfig().then(
    ({ oidc }) =>
      new UserManager({
        authority: oidc.authority,
        client_id: oidc.clientId,
        redirect_uri: `${window.location.origin}/auth/callback`,
        post_logout_redirect_uri: `${window.location.origin}/`,
        response_type: 'code',
        scope: oidc.scope,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        automaticSilentRenew: false,
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

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const userRef = useRef<User | null>(null);
  userRef.current = user;

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    manager().then(async (um) => {
      const loaded = (u: User) => setUser(u);
      const unloaded = () => setUser(null);
      um.events.addUserLoaded(loaded);
      um.events.addUserUnloaded(unloaded);
      um.events.addAccessTokenExpired(unloaded);
      cleanup = () => {
        um.events.removeUserLoaded(loaded);
        um.events.removeUserUnloaded(unloaded);
        um.events.removeAccessTokenExpired(unloaded);
      };
      const u = await um.getUser().catch(() => null);
      if (!cancelled) {
        setUser(u && !u.expired ? u : null);
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
      window.location.assign('/');
    }
  }, []);

  const completeSignIn = useCallback(async () => {
    const um = await manager();
    const u = await um.signinRedirectCallback();
    setUser(u);
    return safeReturnPath(u.state);
  }, []);

  const identity = useMemo(
    () => (user ? identityFrom(user.access_token, user.profile as unknown as Record<string, unknown>) : null),
    [user],
  );

  const value = useMemo<Auth>(
    () => ({ ready, identity, signIn, signOut, completeSignIn }),
    [ready, identity, signIn, signOut, completeSignIn],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
