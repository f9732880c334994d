// /api/docs: a self-hosted, script-free reference page rendered on the server from the merged
// document (the machine has no internet, and the CSP allows only 'self').
import { escapeHtml } from '../identity/login-page.js';

type JsonObject = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

export function renderDocsPage(document: JsonObject, stylesheet: string): string {
  const paths = (document.paths ?? {}) as Record<string, JsonObject>;
  const groups = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation) continue;
      const tag = (
        Array.isArray(operation.tags) && typeof operation.tags[0] === 'string' ? operation.tags[0] : 'other'
      ) as string;
      const list = groups.get(tag) ?? [];
      list.push(renderOperation(method, path, operation, item));
      groups.set(tag, list);
    }
  }
  const info = (document.info ?? {}) as JsonObject;
  const unavailable = Array.isArray(document['x-sti-unavailable']) ? (document['x-sti-unavailable'] as string[]) : [];
  const toc = [...groups.keys()].map((tag) => `<li><a href="#${anchor(tag)}">${escapeHtml(tag)}</a></li>`).join('');
  const sections = [...groups]
    .map(
      ([tag, operations]) =>
        `<section id="${anchor(tag)}"><h2>${escapeHtml(tag)}</h2>${operations.join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tài liệu API · API reference</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
<header>
<h1>Tài liệu API <span lang="en">/ API reference</span></h1>
<p>${escapeHtml(String(info.title ?? ''))}</p>
<p><a href="/api/openapi.json">openapi.json</a> · Xác thực: Bearer token từ <code>/realms/sti</code> (OpenID Connect, PKCE S256). <span lang="en">Authentication: a bearer token from <code>/realms/sti</code>.</span></p>
${unavailable.length > 0 ? `<p class="warning" role="status">Chưa lấy được tài liệu của <span lang="en">/ Unavailable:</span> ${escapeHtml(unavailable.join(', '))}</p>` : ''}
<nav aria-label="Dịch vụ / Services"><ul>${toc}</ul></nav>
</header>
<main>
${sections || '<p>Chưa có dịch vụ nào. <span lang="en">No services yet.</span></p>'}
</main>
</body>
</html>`;
}

function renderOperation(method: string, path: string, operation: JsonObject, item: JsonObject): string {
  const parameters = [...asArray(item.parameters), ...asArray(operation.parameters)] as JsonObject[];
  const rows = parameters
    .map((p) => {
      const schema = (p.schema ?? {}) as JsonObject;
      return `<tr><td><code>${escapeHtml(String(p.name ?? p.$ref ?? ''))}</code></td><td>${escapeHtml(String(p.in ?? ''))}</td><td>${p.required ? 'có / yes' : ''}</td><td>${escapeHtml(typeLabel(schema))}</td><td>${escapeHtml(String(p.description ?? ''))}</td></tr>`;
    })
    .join('');
  const body = operation.requestBody as JsonObject | undefined;
  const bodyTypes = body
    ? Object.entries((body.content ?? {}) as Record<string, JsonObject>).map(
        ([type, media]) => `${type}: ${typeLabel((media.schema ?? {}) as JsonObject)}`,
      )
    : [];
  const responses = Object.entries((operation.responses ?? {}) as Record<string, JsonObject>)
    .map(
      ([status, response]) =>
        `<li><code>${escapeHtml(status)}</code> ${escapeHtml(String(response.description ?? ''))}</li>`,
    )
    .join('');
  const secured = Array.isArray(operation.security) && operation.security.length > 0;
  return `<article class="operation">
<h3><span class="method method-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>${secured ? ' <span class="lock">🔒 đăng nhập / sign-in</span>' : ''}</h3>
${operation.summary ? `<p>${escapeHtml(String(operation.summary))}</p>` : ''}
${operation.description ? `<p class="description">${escapeHtml(String(operation.description))}</p>` : ''}
${rows ? `<table><thead><tr><th scope="col">Tham số / Parameter</th><th scope="col">Vị trí / In</th><th scope="col">Bắt buộc / Required</th><th scope="col">Kiểu / Type</th><th scope="col">Mô tả / Description</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${bodyTypes.length > 0 ? `<p>Nội dung gửi / Request body: ${bodyTypes.map((t) => `<code>${escapeHtml(t)}</code>`).join(', ')}</p>` : ''}
${responses ? `<ul class="responses">${responses}</ul>` : ''}
</article>`;
}

function typeLabel(schema: JsonObject): string {
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? '';
  if (schema.type === 'array') return `${typeLabel((schema.items ?? {}) as JsonObject)}[]`;
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  return String(schema.type ?? (schema.anyOf || schema.oneOf ? 'union' : 'object'));
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function anchor(tag: string): string {
  return `svc-${tag.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export const DOCS_STYLESHEET = `body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b2a3a;background:#f7f9fb}
header,main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
header{border-bottom:1px solid #d9e2ec}
h1{margin:.5rem 0}
[lang=en]{color:#52606d}
nav ul{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0}
section{margin-top:1.5rem}
.operation{background:#fff;border:1px solid #d9e2ec;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.operation h3{margin:0;font-size:1rem}
.method{display:inline-block;min-width:4.5rem;text-align:center;border-radius:.25rem;padding:0 .375rem;color:#fff;background:#486581}
.method-get{background:#1f6f43}.method-post{background:#0b5394}.method-put,.method-patch{background:#8d5b00}.method-delete{background:#a61b1b}
.lock{font-size:.85rem;font-weight:400;color:#52606d}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #e4e7eb;text-align:left;padding:.25rem .5rem;vertical-align:top}
.warning{border-left:4px solid #c27c0e;background:#fffbea;padding:.5rem .75rem}
a:focus{outline:3px solid #f0b429;outline-offset:2px}
code{background:#f0f4f8;padding:0 .25rem;border-radius:.25rem}
`;
