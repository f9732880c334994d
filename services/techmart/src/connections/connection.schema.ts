// Connections: an officer's introduction of a need's requester to a supplier, followed to a signed
// deal or a closure. Portal-safe: zod only.

import { z } from 'zod';
import { candidateTypeSchema } from '../matching/matching.schema.js';
import {
  block,
  contactViewSchema,
  organisationViewSchema,
  pageQuerySchema,
  uuidSchema,
  vndAmountSchema,
} from '../shared/schema-primitives.js';

export const CONNECTION_STATES = ['proposed', 'accepted', 'negotiating', 'signed', 'declined', 'closed'] as const;
export const connectionStateSchema = z.enum(CONNECTION_STATES);
export type ConnectionState = z.infer<typeof connectionStateSchema>;

export const PARTIES = ['requester', 'supplier'] as const;
export const partySchema = z.enum(PARTIES);
export type Party = z.infer<typeof partySchema>;

export const DEAL_TRANSFER_TYPES = [
  'licence',
  'assignment',
  'turnkey',
  'joint_venture',
  'consulting_training',
] as const;
export const dealTransferTypeSchema = z.enum(DEAL_TRANSFER_TYPES);

export const CLOSE_REASONS = [
  'price_not_agreed',
  'technology_unsuitable',
  'requester_withdrew',
  'supplier_withdrew',
  'no_funding',
  'found_elsewhere',
  'no_response',
  'other',
] as const;
export const closeReasonSchema = z.enum(CLOSE_REASONS);

export const NOTE_KINDS = ['note', 'meeting', 'document'] as const;
export const noteKindSchema = z.enum(NOTE_KINDS);

export const connectInputSchema = z
  .object({
    suggestionId: uuidSchema,
    message: block(10, 2000).describe('Lời giới thiệu của cán bộ / the officer’s introduction'),
  })
  .meta({ id: 'ConnectInput' });
export type ConnectInput = z.infer<typeof connectInputSchema>;

export const decisionInputSchema = z
  .object({ accept: z.boolean(), note: block(0, 1000).optional() })
  .meta({ id: 'ConnectionDecisionInput' });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const noteInputSchema = z
  .object({ kind: noteKindSchema, text: block(2, 4000), at: z.iso.datetime({ offset: true }).optional() })
  .meta({ id: 'ConnectionNoteInput' });
export type NoteInput = z.infer<typeof noteInputSchema>;

export const signInputSchema = z
  .object({
    signedOn: z.iso.date().describe('YYYY-MM-DD'),
    valueVnd: vndAmountSchema,
    transferType: dealTransferTypeSchema,
    registrationRequired: z.boolean(),
    registrationNumber: z.string().trim().max(60).optional(),
  })
  .meta({ id: 'ConnectionSignInput' });
export type SignInput = z.infer<typeof signInputSchema>;

export const registrationInputSchema = z
  .object({ registrationNumber: z.string().trim().min(1).max(60) })
  .meta({ id: 'ConnectionRegistrationInput' });

export const closeInputSchema = z
  .object({ reasonCode: closeReasonSchema, reasonText: block(0, 2000).optional() })
  .meta({ id: 'ConnectionCloseInput' });
export type CloseInput = z.infer<typeof closeInputSchema>;

export const connectionListQuerySchema = pageQuerySchema.extend({
  state: connectionStateSchema.optional(),
  communeCode: z.string().max(20).optional(),
});
export type ConnectionListQuery = z.infer<typeof connectionListQuerySchema>;

const decisionSchema = z.enum(['pending', 'accepted', 'declined']);

export const timelineEntrySchema = z.object({
  kind: z.enum([
    'proposed',
    'decided',
    'accepted',
    'note',
    'meeting',
    'document',
    'signed',
    'registered',
    'declined',
    'closed',
  ]),
  at: z.string(),
  by: z.string(),
  party: partySchema.optional(),
  text: z.string().optional(),
});

export const connectionViewSchema = z
  .object({
    id: z.string(),
    state: connectionStateSchema,
    origin: z.string(),
    need: z.object({ id: z.string(), title: z.string() }),
    candidate: z.object({ type: candidateTypeSchema, id: z.string(), title: z.string() }),
    requester: organisationViewSchema,
    supplier: organisationViewSchema,
    officer: z.object({ name: z.string(), organisation: z.string().optional() }),
    message: z.string(),
    locality: z.object({ provinceCode: z.string(), communeCode: z.string().optional() }),
    /** the viewer's side, when they are a party */
    myParty: partySchema.optional(),
    decisions: z.object({ requester: decisionSchema, supplier: decisionSchema }),
    /** contact details of both sides: present only once both sides accepted */
    contacts: z.object({ requester: contactViewSchema, supplier: contactViewSchema }).optional(),
    deal: z
      .object({
        signedOn: z.string(),
        valueVnd: z.string(),
        transferType: dealTransferTypeSchema,
        registrationRequired: z.boolean(),
        registrationNumber: z.string().optional(),
      })
      .optional(),
    closure: z.object({ reasonCode: closeReasonSchema, reasonText: z.string().optional() }).optional(),
    timeline: z.array(timelineEntrySchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Connection' });
export type ConnectionView = z.infer<typeof connectionViewSchema>;

export const connectionPageSchema = z
  .object({ items: z.array(connectionViewSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ConnectionPage' });
export type ConnectionPage = z.infer<typeof connectionPageSchema>;
