import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

export interface OpenApiOptions {
  title: string;
  version: string;
  /** the service's URL prefix, e.g. `/api/techmart`; the document is served at `<basePath>/openapi.json` */
  basePath: string;
  description?: string;
}

/**
 * Builds the service's OpenAPI 3 document from its controllers and nestjs-zod DTOs.
 * Paths keep the global prefix (`/api/<service>/…`) so the gateway can merge documents as they are.
 */
export function buildOpenApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(options.title)
    .setVersion(options.version)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-sti-principal' }, 'principal');
  if (options.description) builder.setDescription(options.description);
  const raw = SwaggerModule.createDocument(app, builder.build());
  return cleanupOpenApiDoc(inlineSelfReferencingRoots(raw));
}

export function openApiPath(basePath: string): string {
  return `${basePath.replace(/\/+$/, '')}/openapi.json`;
}

const UNWRAP_ROOT = 'x-nestjs_zod-unwrap-root';
const DEFS = 'x-nestjs_zod-$defs';
const PARENT_ID = 'x-nestjs_zod-parent-id';
const EMPTY_TYPE = 'x-nestjs_zod-empty-type';
const USES_3_1_SYNTAX = 'x-nestjs_zod-uses-3-point-1-syntax';

type JsonObject = Record<string, unknown>;

/**
 * Works around nestjs-zod 5.5 with zod ≥ 4.2: for a DTO whose schema carries `.meta({ id })`,
 * `z.toJSONSchema` now answers `{ $ref: '#/$defs/<id>', $defs }` instead of the object inline, and
 * cleanupOpenApiDoc then fails with "Found multiple schemas with name <id>". Inlining the
 * root definition restores the shape nestjs-zod expects; the result is the same document.
 */
export function inlineSelfReferencingRoots(doc: OpenAPIObject): OpenAPIObject {
  const schemas = doc.components?.schemas as Record<string, JsonObject> | undefined;
  for (const schema of Object.values(schemas ?? {})) {
    const root = (schema.properties as Record<string, JsonObject> | undefined)?.root;
    if (root?.[UNWRAP_ROOT] !== true) continue;
    const id = root[PARENT_ID];
    const defs = root[DEFS] as Record<string, JsonObject> | undefined;
    if (typeof id !== 'string' || root.$ref !== `#/$defs/${id}` || !defs?.[id]) continue;
    const { [id]: definition, ...otherDefs } = defs;
    if (JSON.stringify(definition).includes(`"#/$defs/${id}"`)) continue; // recursive: leave as is
    const markers = Object.fromEntries(
      Object.entries(root).filter(([key]) => key.startsWith('x-nestjs_zod-') && key !== EMPTY_TYPE && key !== DEFS),
    );
    // nestjs-zod converts $defs to the document's OpenAPI version; the inlined root must be converted alike.
    const inlined: JsonObject = { ...definition, ...markers, [USES_3_1_SYNTAX]: true };
    if (Object.keys(otherDefs).length > 0) inlined[DEFS] = otherDefs;
    (schema.properties as Record<string, JsonObject>).root = inlined;
  }
  return doc;
}
