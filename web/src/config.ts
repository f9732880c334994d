// Runtime configuration: the same build works with the embedded identity provider and with a
// real Keycloak. The gateway serves /api/portal-config ({ authMode, oidc: { authority, clientId, scope } });
// without it (a static preview) the authority is <origin>/realms/sti and the client id sti-portal.

export interface PortalConfig {
  oidc: { authority: string; clientId: string; scope: string };
}

let cached: Promise<PortalConfig> | null = null;

function defaults(): PortalConfig {
  return {
    oidc: { authority: `${window.location.origin}/realms/sti`, clientId: 'sti-portal', scope: 'openid profile email' },
  };
}

export function loadConfig(): Promise<PortalConfig> {
  cached ??= (async () => {
    const base = defaults();
    try {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), 3000);
      const res = await fetch('/api/portal-config', { signal: ctrl.signal, headers: { Accept: 'application/json' } });
      clearTimeout(timer);
      if (!res.ok || !(res.headers.get('Content-Type') ?? '').includes('json')) return base;
      const body = (await res.json()) as { oidc?: Partial<PortalConfig['oidc']> };
      return { oidc: { ...base.oidc, ...(body.oidc ?? {}) } };
    } catch {
      return base;
    }
  })();
  return cached;
}
