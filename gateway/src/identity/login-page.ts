// Server-rendered pages of the embedded provider: sign-in form, sign-out notice, error page.
// No scripts and no inline styles (the CSP allows only 'self'); the stylesheet is a separate route.
import type { DemoUser } from './demo-users.js';

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

type Text = { vi: string; en: string };

export interface LoginPageInput {
  action: string;
  requestId: string;
  username?: string;
  error?: Text;
  /** demo mode only: the seeded accounts (and their one password) listed under the form */
  demoUsers: readonly DemoUser[];
  demoPassword?: string;
  stylesheet: string;
  /** "forgot password", "register" and back to the portal */
  links?: { forgot?: string; register?: string; portal?: string };
  /** a notice above the form (after a password reset, say) */
  notice?: Text;
}

/** The portal's name, as on the portal's own header. */
export const PORTAL_NAME: Text = {
  vi: 'Sàn giao dịch Khoa học và Công nghệ',
  en: 'Science & Technology Exchange',
};

function layout(title: string, stylesheet: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
<main class="card">
<p class="brand">${escapeHtml(PORTAL_NAME.vi)} <span lang="en">· ${escapeHtml(PORTAL_NAME.en)}</span></p>
${body}
</main>
</body>
</html>`;
}

export function renderLoginPage(input: LoginPageInput): string {
  const error = input.error
    ? `<div class="error" role="alert" id="login-error"><p>${escapeHtml(input.error.vi)}</p><p lang="en">${escapeHtml(input.error.en)}</p></div>`
    : '';
  const described = input.error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  const demo =
    input.demoUsers.length > 0
      ? `<details class="demo">
<summary>Tài khoản thử nghiệm <span lang="en">/ Demo accounts</span></summary>
${input.demoPassword ? `<p>Mật khẩu chung <span lang="en">/ Password</span>: <code>${escapeHtml(input.demoPassword)}</code></p>` : ''}
<table>
<thead><tr><th scope="col">Tên đăng nhập <span lang="en">/ Username</span></th><th scope="col">Vai trò <span lang="en">/ Role</span></th><th scope="col">Tổ chức <span lang="en">/ Organisation</span></th></tr></thead>
<tbody>
${input.demoUsers
  .map(
    (user) =>
      `<tr><td><code>${escapeHtml(user.username)}</code></td><td>${escapeHtml(user.note.vi)} <span lang="en">/ ${escapeHtml(user.note.en)}</span></td><td>${escapeHtml(user.organisationName)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</details>`
      : '';
  return layout(
    'Đăng nhập · Sign in',
    input.stylesheet,
    `<h1>Đăng nhập <span lang="en">/ Sign in</span></h1>
${input.notice ? `<div class="notice" role="status"><p>${escapeHtml(input.notice.vi)}</p><p lang="en">${escapeHtml(input.notice.en)}</p></div>` : ''}
${error}
<form method="post" action="${escapeHtml(input.action)}" novalidate>
<input type="hidden" name="request_id" value="${escapeHtml(input.requestId)}">
<div class="field">
<label for="username">Tên đăng nhập <span lang="en">/ Username</span></label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(input.username ?? '')}"${described}${input.username ? '' : ' autofocus'}>
</div>
<div class="field">
<label for="password">Mật khẩu <span lang="en">/ Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}${input.username ? ' autofocus' : ''}>
</div>
<button type="submit">Đăng nhập <span lang="en">/ Sign in</span></button>
</form>
${renderLinks(input.links)}
${demo}`,
  );
}

function renderLinks(links: LoginPageInput['links']): string {
  if (!links) return '';
  const items = [
    links.forgot &&
      `<li><a href="${escapeHtml(links.forgot)}">Quên mật khẩu? <span lang="en">/ Forgot password?</span></a></li>`,
    links.register &&
      `<li><a href="${escapeHtml(links.register)}">Đăng ký tài khoản doanh nghiệp <span lang="en">/ Register a business account</span></a></li>`,
    links.portal &&
      `<li><a href="${escapeHtml(links.portal)}">← Về ${escapeHtml(PORTAL_NAME.vi)} <span lang="en">/ Back to the portal</span></a></li>`,
  ].filter(Boolean);
  return items.length > 0 ? `<ul class="links">${items.join('')}</ul>` : '';
}

export interface FormField {
  name: string;
  label: Text;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
  value?: string;
  /** a short help line under the field */
  help?: Text;
}

export interface FormPageInput {
  stylesheet: string;
  heading: Text;
  intro?: Text;
  action: string;
  hidden: Record<string, string>;
  fields: FormField[];
  submit: Text;
  error?: Text;
  links?: LoginPageInput['links'];
}

/** Change-password, reset and registration forms: one layout, no scripts. */
export function renderFormPage(input: FormPageInput): string {
  const error = input.error
    ? `<div class="error" role="alert" id="form-error"><p>${escapeHtml(input.error.vi)}</p><p lang="en">${escapeHtml(input.error.en)}</p></div>`
    : '';
  const hidden = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const fields = input.fields
    .map((field, index) => {
      const help = field.help
        ? `<p class="help" id="${escapeHtml(field.name)}-help">${escapeHtml(field.help.vi)} <span lang="en">/ ${escapeHtml(field.help.en)}</span></p>`
        : '';
      const described = [field.help ? `${field.name}-help` : '', input.error ? 'form-error' : '']
        .filter(Boolean)
        .join(' ');
      return `<div class="field">
<label for="${escapeHtml(field.name)}">${escapeHtml(field.label.vi)} <span lang="en">/ ${escapeHtml(field.label.en)}</span></label>
<input id="${escapeHtml(field.name)}" name="${escapeHtml(field.name)}" type="${field.type}" autocomplete="${escapeHtml(field.autocomplete)}" required${field.value !== undefined && field.type !== 'password' ? ` value="${escapeHtml(field.value)}"` : ''}${described ? ` aria-describedby="${described}"` : ''}${index === 0 ? ' autofocus' : ''}>
${help}</div>`;
    })
    .join('\n');
  return layout(
    `${input.heading.vi} · ${input.heading.en}`,
    input.stylesheet,
    `<h1>${escapeHtml(input.heading.vi)} <span lang="en">/ ${escapeHtml(input.heading.en)}</span></h1>
${input.intro ? `<p>${escapeHtml(input.intro.vi)}</p><p lang="en">${escapeHtml(input.intro.en)}</p>` : ''}
${error}
<form method="post" action="${escapeHtml(input.action)}" novalidate>
${hidden}
${fields}
<button type="submit">${escapeHtml(input.submit.vi)} <span lang="en">/ ${escapeHtml(input.submit.en)}</span></button>
</form>
${renderLinks(input.links)}`,
  );
}

export function renderMessagePage(
  stylesheet: string,
  heading: { vi: string; en: string },
  text: { vi: string; en: string },
  link?: { href: string; vi: string; en: string },
): string {
  return layout(
    `${heading.vi} · ${heading.en}`,
    stylesheet,
    `<h1>${escapeHtml(heading.vi)} <span lang="en">/ ${escapeHtml(heading.en)}</span></h1>
<p>${escapeHtml(text.vi)}</p>
<p lang="en">${escapeHtml(text.en)}</p>
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.vi)} <span lang="en">/ ${escapeHtml(link.en)}</span></a></p>` : ''}`,
  );
}

export const LOGIN_STYLESHEET = `*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#eef3f8;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b2a3a}
.card{background:#fff;width:100%;max-width:30rem;margin:1rem;padding:2rem;border-radius:.75rem;box-shadow:0 2px 12px rgba(16,42,67,.12)}
.brand{margin:0 0 1rem;color:#0b5394;font-weight:600}
h1{font-size:1.5rem;margin:0 0 1.25rem}
[lang=en]{color:#52606d;font-weight:400}
.field{margin-bottom:1rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=text],input[type=password],input[type=email]{width:100%;padding:.625rem .75rem;font-size:1rem;border:1px solid #9aa5b1;border-radius:.375rem}
input:focus,button:focus,a:focus,summary:focus{outline:3px solid #f0b429;outline-offset:2px}
button{width:100%;padding:.75rem;font-size:1rem;font-weight:600;color:#fff;background:#0b5394;border:0;border-radius:.375rem;cursor:pointer}
button [lang=en]{color:#dbe7f3}
button:hover{background:#094579}
.error{border-left:4px solid #c62828;background:#fdecea;padding:.5rem .75rem;margin-bottom:1rem}
.error p{margin:.125rem 0}
.demo{margin-top:1.5rem;font-size:.9rem}
.demo table{width:100%;border-collapse:collapse;margin-top:.5rem}
.demo th,.demo td{text-align:left;padding:.25rem;border-bottom:1px solid #e4e7eb;vertical-align:top}
.notice{border-left:4px solid #2e7d32;background:#edf7ed;padding:.5rem .75rem;margin-bottom:1rem}
.notice p{margin:.125rem 0}
.help{margin:.25rem 0 0;font-size:.875rem;color:#52606d}
.links{list-style:none;padding:0;margin:1.25rem 0 0}
.links li{margin:.375rem 0}
a{color:#0b5394}
code{background:#f0f4f8;padding:0 .25rem;border-radius:.25rem}
`;
