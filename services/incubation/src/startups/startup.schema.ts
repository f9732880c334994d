// Startup requests and views: the team, stage, sector, TRL, commune, traction and the public profile.
import { z } from 'zod';
import { MEMBER_ROLES, SECTOR_CODES, STARTUP_STAGES } from '../reference/reference.data.js';
import { localizedSchema, pageOf, pageQuerySchema, text } from '../shared/schema.js';

export const startupStageSchema = z.enum(STARTUP_STAGES);
export const sectorCodeSchema = z.enum(SECTOR_CODES);
export const memberRoleSchema = z.enum(MEMBER_ROLES);

export const memberInputSchema = z.object({
  name: text(2, 200),
  role: memberRoleSchema,
  /** the member's platform account, when they have one (they may then act for the startup) */
  userId: z.string().min(1).max(100).optional(),
  email: z.email().max(200).optional(),
});

const communeCode = z.string().regex(/^\d{2,5}$/, 'official locality code');

export const startupInputSchema = z.object({
  name: text(2, 200),
  stage: startupStageSchema,
  sectorCode: sectorCodeSchema,
  /** technology readiness level */
  trl: z.number().int().min(1).max(9),
  communeCode,
  summary: text(10, 4000),
  traction: text(0, 4000).default(''),
  website: z.url().max(300).optional(),
  foundedOn: z.iso.date().optional(),
  members: z.array(memberInputSchema).min(1).max(30),
});

export const startupPatchSchema = startupInputSchema.partial();

export const memberViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: memberRoleSchema,
  userId: z.string().nullable(),
  email: z.string().nullable(),
});

export const startupViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  stage: startupStageSchema,
  sectorCode: z.string(),
  trl: z.number(),
  provinceCode: z.string(),
  communeCode: z.string(),
  summary: z.string(),
  traction: z.string(),
  website: z.string().nullable(),
  foundedOn: z.string().nullable(),
  members: z.array(memberViewSchema),
  published: z.boolean(),
  publicSummary: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** whether the caller may edit it (a member of the team) */
  canEdit: z.boolean(),
  revision: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const startupListQuerySchema = pageQuerySchema.extend({
  stage: startupStageSchema.optional(),
  sector: sectorCodeSchema.optional(),
  communeCode: communeCode.optional(),
});
export const startupPageSchema = pageOf(startupViewSchema);
export const startupListSchema = z.object({ items: z.array(startupViewSchema) });

export const publishInputSchema = z.object({ publicSummary: text(10, 2000) });

export const publicStartupSchema = z.object({
  id: z.string(),
  name: z.string(),
  stage: startupStageSchema,
  sectorCode: z.string(),
  trl: z.number(),
  communeCode: z.string(),
  provinceCode: z.string(),
  summary: z.string(),
  traction: z.string(),
  website: z.string().nullable(),
  teamSize: z.number(),
  /** member roles without names or contact data */
  roles: z.array(memberRoleSchema),
  publishedAt: z.string(),
});
export const publicStartupQuerySchema = startupListQuerySchema.extend({ q: z.string().trim().max(100).optional() });
export const publicStartupPageSchema = pageOf(publicStartupSchema).extend({
  /** published startups per stage, sector and commune (each facet ignores its own filter, so the
   * counts of the other values stay visible while one is chosen) */
  facets: z.object({
    stage: z.record(z.string(), z.number()),
    sector: z.record(z.string(), z.number()),
    commune: z.record(z.string(), z.number()),
  }),
});

export const noteInputSchema = z.object({ body: text(1, 10_000) });
export const noteViewSchema = z.object({
  id: z.string(),
  startupId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export const noteListSchema = z.object({ items: z.array(noteViewSchema) });

export const startupLinkSchema = z.object({
  kind: z.enum(['techmart_offer', 'ip_request', 'initiative']),
  externalId: z.string(),
  title: z.string(),
  status: z.string(),
  updatedAt: z.string(),
});
export const startupLinkListSchema = z.object({ items: z.array(startupLinkSchema) });

export const stageNameSchema = localizedSchema;

export type StartupInput = z.output<typeof startupInputSchema>;
export type StartupPatch = z.output<typeof startupPatchSchema>;
export type StartupView = z.output<typeof startupViewSchema>;
export type PublicStartup = z.output<typeof publicStartupSchema>;
export type StartupListQuery = z.output<typeof startupListQuerySchema>;
export type PublicStartupQuery = z.output<typeof publicStartupQuerySchema>;
export type NoteView = z.output<typeof noteViewSchema>;
export type StartupLink = z.output<typeof startupLinkSchema>;
