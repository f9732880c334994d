// The embedded OpenID Connect provider (embedded mode). It mimics Keycloak's URL layout for the
// realm so the portal and the gateway's keycloak-connect verifier treat it exactly like Keycloak:
//   /realms/<realm>/.well-known/openid-configuration, /protocol/openid-connect/{auth,token,certs,userinfo,logout}
// Authorization code flow only, PKCE S256 mandatory, public client; refresh tokens are signed JWTs.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { decodeJwt } from 'jose';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { AuditLog } from './audit-log.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { accountForms, type RegistrationInput, registrationProblem } from './account-forms.js';
import { LOGIN_STYLESHEET, renderFormPage, renderLoginPage, renderMessagePage } from './login-page.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import { SessionStore } from './session-store.js';
import { generateSigningKey, loadOrCreateSigningKey, type SigningKey } from './signing-key-store.js';
import { REFRESH_IDLE_SECONDS, SESSION_MAX_SECONDS, TokenIssuer } from './token-issuer.js';
import { type StoredUser, type UserStore, UsernameTakenError, uuidV7 } from './user-store.js';

export interface EmbeddedIdentityProviderOptions {
  /** the gateway's public URL; the issuer is `<publicUrl>/realms/<realm>` */
  publicUrl: string;
  realm: string;
  portalClientId: string;
  gatewayClientId: string;
  /** origins redirect URIs may point to (the portal); publicUrl's origin is always allowed */
  redirectOrigins: string[];
  /** where the signing key and signed-out sessions live; undefined keeps both in memory */
  dataDir: string | undefined;
  /** verifies bearer tokens for /userinfo: the gateway's verifier, the same one the API uses */
  verifier: TokenVerifier;
  /** the accounts (seeded by seedAccounts) */
  users: UserStore;
  audit: AuditLog;
  /** demo mode: the login page lists the demo accounts and their password */
  demo: boolean;
  /** where "back to the portal" leads */
  portalUrl: string;
  /** writes a line to the server's log (password reset links in embedded mode) */
  log: (fields: Record<string, unknown>, message: string) => void;
  signingKey?: SigningKey;
  /** route config for the token endpoint and the login form (stricter rate limit) */
  sensitiveRouteConfig?: Record<string, unknown>;
}

interface PendingAuthorization {
  redirectUri: string;
  state?: string;
  nonce?: string;
  codeChallenge: string;
  scope: string;
  expiresAt: number;
}

interface IssuedCode {
  authorization: PendingAuthorization;
  userId: string;
  sid: string;
  authTime: number;
  expiresAt: number;
}

interface PasswordChange {
  requestId: string;
  userId: string;
  expiresAt: number;
}

interface PasswordReset {
  userId: string;
  expiresAt: number;
}

const PENDING_TTL_MS = 30 * 60_000;
const RESET_TTL_MS = 30 * 60_000;
const CODE_TTL_MS = 60_000;
const MAX_PENDING = 10_000;

type Params = Record<string, string | undefined>;
type Text = { vi: string; en: string };

function actorOf(user: { id: string; username: string }) {
  return { id: user.id, username: user.username };
}

function clean(value: string | undefined): string {
  return (value ?? '').trim().normalize('NFC').replace(/\s+/g, ' ');
}

/** A bounded map with expiry: abandoned login pages and codes must not grow memory without limit. */
class ExpiringMap<V extends { expiresAt: number }> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  set(key: string, value: V): void {
    if (this.map.size >= this.max) {
      const now = Date.now();
      for (const [k, v] of this.map) if (v.expiresAt < now) this.map.delete(k);
      while (this.map.size >= this.max) {
        const oldest = this.map.keys().next().value;
        if (oldest === undefined) break;
        this.map.delete(oldest);
      }
    }
    this.map.set(key, value);
  }
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value && value.expiresAt < Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    return value;
  }
  take(key: string): V | undefined {
    const value = this.get(key);
    this.map.delete(key);
    return value;
  }
}

export function realmUrlOf(publicUrl: string, realm: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/realms/${realm}`;
}

export async function embeddedIdentityProvider(
  app: FastifyInstance,
  options: EmbeddedIdentityProviderOptions,
): Promise<void> {
  const issuer = realmUrlOf(options.publicUrl, options.realm);
  const base = `/realms/${options.realm}`;
  const oidc = `${base}/protocol/openid-connect`;
  const stylesheet = `${base}/login-resources/login.css`;
  const users = options.users;
  const audit = options.audit;
  const allowedOrigins = [
    ...new Set([
      ...loopbackAliases(new URL(options.publicUrl)),
      ...options.redirectOrigins.map((o) => new URL(o).origin),
    ]),
  ];

  const key =
    options.signingKey ??
    (options.dataDir ? await loadOrCreateSigningKey(options.dataDir) : await generateSigningKey());
  const sessions = await SessionStore.open(options.dataDir);
  const issuerOf = new TokenIssuer(key, {
    issuer,
    clientId: options.portalClientId,
    audience: options.gatewayClientId,
    allowedOrigins,
  });
  // Unknown usernames cost a hash comparison too, so timing does not tell which accounts exist.
  const dummyHash = await hashPassword(randomUUID());

  const pending = new ExpiringMap<PendingAuthorization>(MAX_PENDING);
  const codes = new ExpiringMap<IssuedCode>(MAX_PENDING);
  const changes = new ExpiringMap<PasswordChange>(MAX_PENDING);
  const resets = new ExpiringMap<PasswordReset>(MAX_PENDING);
  const actions = `${base}/login-actions`;

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  const sensitive: RouteShorthandOptions = options.sensitiveRouteConfig ? { config: options.sensitiveRouteConfig } : {};

  app.get(`${base}/.well-known/openid-configuration`, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return {
      issuer,
      authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${issuer}/protocol/openid-connect/token`,
      userinfo_endpoint: `${issuer}/protocol/openid-connect/userinfo`,
      end_session_endpoint: `${issuer}/protocol/openid-connect/logout`,
      jwks_uri: `${issuer}/protocol/openid-connect/certs`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['none'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid', 'profile', 'email', 'roles'],
      claims_supported: [
        'sub',
        'iss',
        'name',
        'preferred_username',
        'email',
        'organisation_id',
        'organisation_name',
        'locality_code',
        'pending',
      ],
      ui_locales_supported: ['vi', 'en'],
    };
  });

  app.get(`${oidc}/certs`, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return { keys: [key.publicJwk] };
  });

  app.get(`${base}/login-resources/login.css`, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8');
    return LOGIN_STYLESHEET;
  });

  app.get(`${oidc}/auth`, async (request, reply) => {
    const q = request.query as Params;
    if (q.client_id !== options.portalClientId) {
      return errorPage(reply, 400, { vi: 'Ứng dụng không hợp lệ.', en: 'Unknown client.' });
    }
    const redirectUri = q.redirect_uri;
    if (!redirectUri || !redirectAllowed(redirectUri)) {
      return errorPage(reply, 400, { vi: 'Địa chỉ chuyển hướng không hợp lệ.', en: 'Invalid redirect URI.' });
    }
    const fail = (error: string, description: string) =>
      redirectWith(reply, redirectUri, { error, error_description: description, state: q.state, iss: issuer });
    if (q.response_type !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
    if (!q.code_challenge || !/^[A-Za-z0-9_-]{43}$/.test(q.code_challenge) || q.code_challenge_method !== 'S256') {
      return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required');
    }
    if (q.prompt === 'none') return fail('login_required', 'no single sign-on session');
    const requestId = randomBytes(24).toString('base64url');
    pending.set(requestId, {
      redirectUri,
      state: q.state,
      nonce: q.nonce,
      codeChallenge: q.code_challenge,
      scope: normaliseScope(q.scope),
      expiresAt: Date.now() + PENDING_TTL_MS,
    });
    return loginPage(reply, 200, requestId);
  });

  app.post(`${base}/login-actions/authenticate`, sensitive, async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    const requestId = body.request_id ?? '';
    if (!pending.get(requestId)) return expiredPage(reply);
    const username = (body.username ?? '').trim().normalize('NFC');
    const user = users.byUsername(username);
    const valid = await verifyPassword(body.password ?? '', user?.passwordHash ?? dummyHash);
    if (!user || !valid) {
      request.log.info({ username }, 'embedded identity provider: sign-in failed');
      return loginPage(reply, 401, requestId, username, {
        vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        en: 'Invalid username or password.',
      });
    }
    if (!user.enabled) {
      return loginPage(reply, 403, requestId, username, {
        vi: 'Tài khoản đã bị khoá. Vui lòng liên hệ quản trị viên.',
        en: 'This account is disabled. Please contact the administrator.',
      });
    }
    if (user.mustChangePassword) {
      const changeToken = randomBytes(24).toString('base64url');
      changes.set(changeToken, { requestId, userId: user.id, expiresAt: Date.now() + PENDING_TTL_MS });
      return changePasswordPage(reply, 200, changeToken);
    }
    return completeSignIn(reply, requestId, user);
  });

  app.post(`${actions}/change-password`, sensitive, async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    const change = changes.get(body.change_token ?? '');
    const user = change && users.byId(change.userId);
    if (!change || !user?.enabled || !pending.get(change.requestId)) return expiredPage(reply);
    const refused = passwordProblem(body.password ?? '', body.password_confirm ?? '', user.username);
    if (refused) return changePasswordPage(reply, 400, body.change_token ?? '', refused);
    if (await verifyPassword(body.password ?? '', user.passwordHash)) {
      return changePasswordPage(reply, 400, body.change_token ?? '', {
        vi: 'Mật khẩu mới phải khác mật khẩu tạm thời.',
        en: 'The new password must differ from the temporary one.',
      });
    }
    changes.take(body.change_token ?? '');
    const updated = await users.update(user.id, {
      passwordHash: await hashPassword(body.password ?? ''),
      mustChangePassword: false,
    });
    await audit.append({ actor: actorOf(user), action: 'password.changed', target: actorOf(user), ip: request.ip });
    return completeSignIn(reply, change.requestId, updated ?? user);
  });

  // Forgot password, embedded mode: there is no mail server, so the reset link goes to the server log
  // (and the request to the audit log an admin reads); the admin hands it over or resets the password.
  app.get(`${actions}/reset-credentials`, async (request, reply) => {
    const q = request.query as Params;
    return resetRequestPage(reply, 200, q.request_id ?? '');
  });

  app.post(`${actions}/reset-credentials`, sensitive, async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    const given = (body.username ?? '').trim().normalize('NFC');
    if (!given) {
      return resetRequestPage(reply, 400, body.request_id ?? '', {
        vi: 'Vui lòng nhập tên đăng nhập hoặc email.',
        en: 'Please enter your username or e-mail.',
      });
    }
    const user = users.byUsername(given) ?? users.all().find((u) => u.email.toLowerCase() === given.toLowerCase());
    if (user?.enabled) {
      const token = randomBytes(32).toString('base64url');
      resets.set(token, { userId: user.id, expiresAt: Date.now() + RESET_TTL_MS });
      const link = `${issuer}/login-actions/reset-password?token=${token}`;
      options.log(
        { username: user.username, userId: user.id, resetLink: link },
        'password reset requested: hand this link to the user (valid 30 minutes, once)',
      );
      await audit.append({
        actor: actorOf(user),
        action: 'password.reset-requested',
        target: actorOf(user),
        ip: request.ip,
      });
    } else {
      request.log.info({ username: given }, 'password reset requested for an unknown or disabled account');
    }
    // The same answer either way: the page must not tell which accounts exist.
    return messagePage(
      reply,
      200,
      { vi: 'Đã ghi nhận yêu cầu', en: 'Request received' },
      {
        vi: 'Nếu tài khoản tồn tại, quản trị viên hệ thống đã nhận được liên kết đặt lại mật khẩu (hiệu lực 30 phút) và sẽ gửi cho bạn. Bạn cũng có thể liên hệ trực tiếp quản trị viên.',
        en: 'If the account exists, the administrator has received a password reset link (valid for 30 minutes) and will pass it on to you. You can also contact the administrator directly.',
      },
    );
  });

  app.get(`${actions}/reset-password`, async (request, reply) => {
    const token = (request.query as Params).token ?? '';
    if (!resets.get(token)) return expiredPage(reply);
    return resetPasswordPage(reply, 200, token);
  });

  app.post(`${actions}/reset-password`, sensitive, async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    const token = body.token ?? '';
    const reset = resets.get(token);
    const user = reset && users.byId(reset.userId);
    if (!reset || !user?.enabled) return expiredPage(reply);
    const refused = passwordProblem(body.password ?? '', body.password_confirm ?? '', user.username);
    if (refused) return resetPasswordPage(reply, 400, token, refused);
    resets.take(token);
    await users.update(user.id, { passwordHash: await hashPassword(body.password ?? ''), mustChangePassword: false });
    await audit.append({ actor: actorOf(user), action: 'password.reset', target: actorOf(user), ip: request.ip });
    return messagePage(
      reply,
      200,
      { vi: 'Đã đặt lại mật khẩu', en: 'Password reset' },
      {
        vi: 'Mật khẩu mới đã được lưu. Hãy quay lại cổng thông tin và đăng nhập.',
        en: 'Your new password is saved. Go back to the portal and sign in.',
      },
    );
  });

  // Registration: a business account attached to a new organisation, pending an officer's verification.
  app.get(`${actions}/registration`, async (request, reply) => {
    const requestId = (request.query as Params).request_id ?? '';
    if (!pending.get(requestId)) return expiredPage(reply);
    return registrationPage(reply, 200, requestId, {});
  });

  app.post(`${actions}/registration`, sensitive, async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    const requestId = body.request_id ?? '';
    if (!pending.get(requestId)) return expiredPage(reply);
    const input: RegistrationInput = {
      organisationName: clean(body.organisation_name),
      displayName: clean(body.display_name),
      email: clean(body.email).toLowerCase(),
      username: clean(body.username),
    };
    const invalid =
      registrationProblem(input) ?? passwordProblem(body.password ?? '', body.password_confirm ?? '', input.username);
    if (invalid) return registrationPage(reply, 400, requestId, input, invalid);
    let user: StoredUser;
    try {
      user = await users.create({
        username: input.username,
        displayName: input.displayName,
        email: input.email,
        roles: ['business'],
        organisationId: uuidV7(),
        organisationName: input.organisationName,
        passwordHash: await hashPassword(body.password ?? ''),
        mustChangePassword: false,
        pending: true,
      });
    } catch (error) {
      if (!(error instanceof UsernameTakenError)) throw error;
      return registrationPage(reply, 409, requestId, input, {
        vi: 'Tên đăng nhập này đã được dùng. Vui lòng chọn tên khác.',
        en: 'This username is taken. Please choose another.',
      });
    }
    await audit.append({
      actor: actorOf(user),
      action: 'account.registered',
      target: actorOf(user),
      detail: { organisationId: user.organisationId, organisationName: user.organisationName, pending: true },
      ip: request.ip,
    });
    return completeSignIn(reply, requestId, user);
  });

  app.post(`${oidc}/token`, sensitive, async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    if (body.client_id !== options.portalClientId) return oauthError(reply, 401, 'invalid_client', 'unknown client');
    if (body.grant_type === 'authorization_code') {
      const issued = body.code ? codes.take(body.code) : undefined;
      if (!issued) return oauthError(reply, 400, 'invalid_grant', 'code not valid');
      if (body.redirect_uri !== issued.authorization.redirectUri)
        return oauthError(reply, 400, 'invalid_grant', 'redirect_uri does not match');
      if (!body.code_verifier || !pkceMatches(body.code_verifier, issued.authorization.codeChallenge)) {
        return oauthError(reply, 400, 'invalid_grant', 'PKCE verification failed');
      }
      const user = users.byId(issued.userId);
      if (!user?.enabled) return oauthError(reply, 400, 'invalid_grant', 'Account disabled');
      return respondWithTokens(user, {
        sid: issued.sid,
        authTime: issued.authTime,
        nonce: issued.authorization.nonce,
        scope: issued.authorization.scope,
      });
    }
    if (body.grant_type === 'refresh_token') {
      let claims: Awaited<ReturnType<TokenIssuer['verifyRefreshToken']>>;
      try {
        claims = await issuerOf.verifyRefreshToken(body.refresh_token ?? '');
      } catch {
        return oauthError(reply, 400, 'invalid_grant', 'Invalid refresh token');
      }
      const user = users.byId(claims.sub);
      if (!user?.enabled) return oauthError(reply, 400, 'invalid_grant', 'Session not active');
      const rotation = await sessions.present(claims.sid, claims.jti, claims.exp);
      if (rotation === 'reused') {
        request.log.warn({ sid: claims.sid, sub: claims.sub }, 'refresh token reused: session revoked');
        await audit.append({
          actor: actorOf(user),
          action: 'session.revoked-on-refresh-reuse',
          target: actorOf(user),
          ip: request.ip,
        });
      }
      if (rotation !== 'rotated') return oauthError(reply, 400, 'invalid_grant', 'Session not active');
      return respondWithTokens(user, { sid: claims.sid, authTime: claims.auth_time, scope: claims.scope });
    }
    return oauthError(reply, 400, 'unsupported_grant_type', 'only authorization_code and refresh_token are supported');
  });

  const userinfo = async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!bearer) {
      reply.header('www-authenticate', 'Bearer');
      return oauthError(reply, 401, 'invalid_token', 'missing bearer token');
    }
    const { claims } = await options.verifier.verify(bearer);
    reply.header('cache-control', 'no-store');
    const pick = [
      'sub',
      'name',
      'preferred_username',
      'email',
      'email_verified',
      'organisation_id',
      'organisation_name',
      'locality_code',
      'pending',
    ];
    return Object.fromEntries(pick.filter((k) => claims[k] !== undefined).map((k) => [k, claims[k]]));
  };
  app.get(`${oidc}/userinfo`, userinfo);
  app.post(`${oidc}/userinfo`, userinfo);

  const logout = async (request: FastifyRequest, reply: FastifyReply) => {
    const params = { ...(request.query as Params), ...((request.body ?? {}) as Params) };
    const hint = params.id_token_hint ?? params.refresh_token;
    const session = hint ? await issuerOf.sessionOfHint(hint) : undefined;
    if (session)
      await sessions.revoke(
        session.sid,
        Math.floor(Date.now() / 1000) + Math.max(REFRESH_IDLE_SECONDS, SESSION_MAX_SECONDS),
      );
    if (request.method === 'POST' && params.refresh_token && !params.post_logout_redirect_uri) {
      return reply.code(204).send(); // back-channel logout as keycloak-js / oidc clients send it
    }
    const target = params.post_logout_redirect_uri;
    if (target && redirectAllowed(target)) return redirectWith(reply, target, { state: params.state });
    return messagePage(
      reply,
      200,
      { vi: 'Đã đăng xuất', en: 'Signed out' },
      { vi: 'Bạn đã đăng xuất khỏi hệ thống.', en: 'You have signed out.' },
    );
  };
  app.get(`${oidc}/logout`, logout);
  app.post(`${oidc}/logout`, sensitive, logout);

  async function respondWithTokens(user: StoredUser, session: Parameters<TokenIssuer['issue']>[1]) {
    const { refreshJti, ...response } = await issuerOf.issue(user, session);
    await sessions.remember(session.sid, refreshJti, decodeJwt(response.refresh_token).exp ?? 0);
    return response;
  }

  function completeSignIn(reply: FastifyReply, requestId: string, user: StoredUser) {
    const authorization = pending.take(requestId);
    if (!authorization) return expiredPage(reply);
    const code = randomBytes(32).toString('base64url');
    const sid = randomUUID();
    codes.set(code, {
      authorization,
      userId: user.id,
      sid,
      authTime: Math.floor(Date.now() / 1000),
      expiresAt: Date.now() + CODE_TTL_MS,
    });
    return redirectWith(reply, authorization.redirectUri, {
      code,
      state: authorization.state,
      session_state: sid,
      iss: issuer,
    });
  }

  function expiredPage(reply: FastifyReply) {
    return errorPage(reply, 400, {
      vi: 'Phiên đăng nhập đã hết hạn. Vui lòng quay lại ứng dụng và đăng nhập lại.',
      en: 'The sign-in page has expired. Please go back to the application and sign in again.',
    });
  }

  function formPage(
    reply: FastifyReply,
    status: number,
    input: Omit<Parameters<typeof renderFormPage>[0], 'stylesheet'>,
  ) {
    htmlHeaders(reply, [`'self'`, ...allowedOrigins]);
    return reply.code(status).send(renderFormPage({ stylesheet, ...input }));
  }

  const forms = accountForms(actions, options.portalUrl);
  const changePasswordPage = (reply: FastifyReply, status: number, token: string, error?: Text) =>
    formPage(reply, status, forms.changePassword(token, error));
  const resetRequestPage = (reply: FastifyReply, status: number, requestId: string, error?: Text) =>
    formPage(reply, status, forms.resetRequest(requestId, error));
  const resetPasswordPage = (reply: FastifyReply, status: number, token: string, error?: Text) =>
    formPage(reply, status, forms.resetPassword(token, error));
  const registrationPage = (
    reply: FastifyReply,
    status: number,
    requestId: string,
    values: Partial<RegistrationInput>,
    error?: Text,
  ) => formPage(reply, status, forms.registration(requestId, values, error));

  function redirectAllowed(uri: string): boolean {
    if (!URL.canParse(uri)) return false;
    const url = new URL(uri);
    return (
      url.hash === '' && (url.protocol === 'http:' || url.protocol === 'https:') && allowedOrigins.includes(url.origin)
    );
  }

  function loginPage(reply: FastifyReply, status: number, requestId: string, username?: string, error?: Text) {
    // The form's redirect may leave for the portal's origin; CSP form-action applies to redirects too.
    htmlHeaders(reply, [`'self'`, ...allowedOrigins]);
    return reply.code(status).send(
      renderLoginPage({
        action: `${base}/login-actions/authenticate`,
        requestId,
        username,
        error,
        demoUsers: options.demo ? DEMO_USERS.filter((demo) => users.byId(demo.id)?.enabled) : [],
        demoPassword: options.demo ? DEMO_PASSWORD : undefined,
        stylesheet,
        links: {
          forgot: `${actions}/reset-credentials?request_id=${encodeURIComponent(requestId)}`,
          register: `${actions}/registration?request_id=${encodeURIComponent(requestId)}`,
          portal: options.portalUrl,
        },
      }),
    );
  }

  function messagePage(
    reply: FastifyReply,
    status: number,
    heading: { vi: string; en: string },
    text: { vi: string; en: string },
  ) {
    htmlHeaders(reply, [`'self'`]);
    return reply
      .code(status)
      .send(
        renderMessagePage(stylesheet, heading, text, { href: '/', vi: 'Về trang chủ', en: 'Back to the home page' }),
      );
  }

  function errorPage(reply: FastifyReply, status: number, text: { vi: string; en: string }) {
    return messagePage(reply, status, { vi: 'Không thể đăng nhập', en: 'Cannot sign in' }, text);
  }
}

function htmlHeaders(reply: FastifyReply, formAction: string[]): void {
  reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header(
      'content-security-policy',
      `default-src 'self';script-src 'none';style-src 'self';img-src 'self' data:;form-action ${formAction.join(' ')};frame-ancestors 'none';base-uri 'none';object-src 'none'`,
    );
}

function redirectWith(reply: FastifyReply, target: string, params: Params) {
  const url = new URL(target);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  reply.header('cache-control', 'no-store');
  return reply.redirect(url.toString(), 302);
}

function oauthError(reply: FastifyReply, status: number, error: string, description: string) {
  return reply.code(status).header('cache-control', 'no-store').send({ error, error_description: description });
}

function pkceMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

/** On this machine the portal is opened as 127.0.0.1 or localhost alike; both may receive codes. */
function loopbackAliases(url: URL): string[] {
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [url.origin];
  const port = url.port ? `:${url.port}` : '';
  return [url.origin, `${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}

function normaliseScope(scope: string | undefined): string {
  const scopes = new Set((scope ?? 'openid').split(/\s+/).filter(Boolean));
  scopes.add('openid');
  return [...scopes].join(' ');
}
