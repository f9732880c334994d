// Platform items (Techmart offers, recognised initiatives) a request can link to. Portal-safe.
import { z } from 'zod';
import { line, pageQuerySchema, pageSchema } from '../shared/schema-primitives.js';

export const subjectListQuerySchema = pageQuerySchema.extend({
  kind: z.enum(['techmart_offer', 'initiative']).optional(),
  q: line(0, 100).optional(),
});
export type SubjectListQuery = z.infer<typeof subjectListQuerySchema>;

export const platformSubjectViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['techmart_offer', 'initiative']),
    title: z.string(),
    organisationId: z.string().nullable(),
    status: z.string().nullable(),
  })
  .meta({ id: 'IpPlatformSubject' });
export type PlatformSubjectView = z.infer<typeof platformSubjectViewSchema>;
export const subjectListSchema = pageSchema(platformSubjectViewSchema);
