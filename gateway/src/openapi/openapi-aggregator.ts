// Merges the services' OpenAPI documents into one: paths under `/api/<service>`, component names
// prefixed with the service (`Techmart_Offer`) and every `$ref` rewritten to match, operation ids
// prefixed, tags grouped by service, one bearer security scheme (the gateway's).
import type { ServiceName } from '../config/gateway-config.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ServiceDocument {
  /** a service's name, or `admin` for the gateway's own admin API */
  service: ServiceName | 'admin';
  document: JsonObject;
}

export interface AggregateOptions {
  /** `<issuer>/protocol/openid-connect` for the OAuth2 security scheme */
  oidcBase: string;
  /** services whose document could not be fetched */
  unavailable: string[];
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function pascalCase(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

export function aggregateOpenApi(documents: ServiceDocument[], options: AggregateOptions): JsonObject {
  const paths: JsonObject = {};
  const components: Record<string, JsonObject> = {};
  const tags: JsonObject[] = [];
  let version = '3.0.3';

  for (const { service, document } of documents) {
    if (typeof document.openapi === 'string' && document.openapi > version) version = document.openapi;
    const prefix = pascalCase(service);
    const basePath = `/api/${service}`;
    const serverPath = serverBasePath(document);
    const renamed = rewriteRefs(document, prefix) as JsonObject;
    const ownComponents = (renamed.components ?? {}) as Record<string, JsonObject>;
    for (const [kind, entries] of Object.entries(ownComponents)) {
      if (kind === 'securitySchemes' || typeof entries !== 'object' || entries === null) continue;
      const target = components[kind] ?? {};
      components[kind] = target;
      for (const [name, value] of Object.entries(entries)) target[`${prefix}_${name}`] = value;
    }
    const serviceTag = { name: service, description: infoTitle(document) ?? service } as JsonObject;
    tags.push(serviceTag);
    for (const [path, item] of Object.entries((renamed.paths ?? {}) as Record<string, JsonObject>)) {
      const full = joinPath(serverPath, path);
      const fullPath = full.startsWith(basePath) ? full : joinPath(basePath, full);
      const merged: JsonObject = {};
      for (const [key, value] of Object.entries(item)) {
        if (HTTP_METHODS.includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
          const operation = { ...(value as JsonObject) };
          if (typeof operation.operationId === 'string') operation.operationId = `${service}_${operation.operationId}`;
          const ownTags = Array.isArray(operation.tags) ? operation.tags.map((t) => `${service}: ${String(t)}`) : [];
          operation.tags = ownTags.length > 0 ? ownTags : [service];
          // The gateway turns the bearer token into the principal headers services document.
          if (operation.security !== undefined) operation.security = [{ bearer: [] }];
          merged[key] = operation;
        } else {
          merged[key] = value;
        }
      }
      paths[fullPath] = merged;
    }
  }

  return {
    openapi: version,
    info: {
      title: 'Sàn giao dịch KH&CN — API / Science & Technology Exchange — API',
      version: '1',
      description:
        'Tài liệu API hợp nhất của các dịch vụ, qua cổng API. / The services’ APIs, merged, as served through the gateway.' +
        (options.unavailable.length > 0 ? `\n\nChưa lấy được / Unavailable: ${options.unavailable.join(', ')}` : ''),
    },
    servers: [{ url: '/' }],
    tags,
    paths,
    components: {
      ...components,
      securitySchemes: {
        bearer: {
          type: 'oauth2',
          description: 'OpenID Connect, authorization code + PKCE (S256), client sti-portal',
          flows: {
            authorizationCode: {
              authorizationUrl: `${options.oidcBase}/auth`,
              tokenUrl: `${options.oidcBase}/token`,
              refreshUrl: `${options.oidcBase}/token`,
              scopes: { openid: 'OpenID Connect' },
            },
          },
        },
      },
    },
    ...(options.unavailable.length > 0 ? { 'x-sti-unavailable': options.unavailable } : {}),
  };
}

function rewriteRefs(value: Json, prefix: string): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, prefix));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') {
      out[key] = child.replace(
        /^#\/components\/([^/]+)\/(.+)$/,
        (_m, kind: string, name: string) => `#/components/${kind}/${prefix}_${name}`,
      );
    } else {
      out[key] = rewriteRefs(child, prefix);
    }
  }
  return out;
}

function serverBasePath(document: JsonObject): string {
  const servers = document.servers;
  const url = Array.isArray(servers) ? ((servers[0] as JsonObject | undefined)?.url as string | undefined) : undefined;
  if (!url) return '';
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  return path === '/' ? '' : path.replace(/\/+$/, '');
}

function joinPath(base: string, path: string): string {
  if (!base) return path;
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

function infoTitle(document: JsonObject): string | undefined {
  const info = document.info as JsonObject | undefined;
  return typeof info?.title === 'string' ? info.title : undefined;
}
