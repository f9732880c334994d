// The audit log as admins read it. Portal-safe: zod only.

import { z } from 'zod';
import { pageQuerySchema } from '../shared/schema-primitives.js';

export const auditEntryViewSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ userId: z.string(), displayName: z.string(), roles: z.array(z.string()) }),
    action: z.string().describe('e.g. organisation.merge, reference.sector.update'),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    sourceIp: z.string().optional(),
  })
  .meta({ id: 'AuditEntry' });

export const auditQuerySchema = pageQuerySchema.extend({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(200).optional(),
});

export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;
