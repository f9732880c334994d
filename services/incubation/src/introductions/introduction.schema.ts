// Investor and introduction requests and views (the portal imports these through @sti/incubation/api).
// Contact data appears in exactly one place: `contacts` of an accepted introduction.
import { z } from 'zod';
import { STARTUP_STAGES } from '../reference/reference.data.js';
import { INTRODUCTION_ACTIONS, INTRODUCTION_STATES } from './introduction-lifecycle.js';

const uuid = z.uuid();
const text = (max: number) => z.string().trim().normalize('NFC').max(max);
/** VND amounts travel as decimal strings (bigint-safe in JSON); the service turns them into bigint. */
const vnd = z.string().regex(/^\d{1,18}$/, 'a whole number of VND as a decimal string');
const vndOut = z.string();

export const INVESTOR_KINDS = ['fund', 'angel', 'bank_programme', 'corporate'] as const;

const contactSchema = z.object({
  name: text(200).min(2),
  email: z.email().max(200).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/)
    .nullable()
    .default(null),
});

export const investorInputSchema = z
  .object({
    name: text(200).min(2),
    kind: z.enum(INVESTOR_KINDS),
    description: text(5000).default(''),
    sectorCodes: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
    stages: z.array(z.enum(STARTUP_STAGES)).max(4).default([]),
    ticketMinVnd: vnd,
    ticketMaxVnd: vnd,
    website: z.url().max(300).nullable().default(null),
    /** the investor's own account, when they answer introductions themselves */
    userId: z.string().trim().min(1).max(100).nullable().default(null),
    contact: contactSchema,
    active: z.boolean().default(true),
  })
  .refine((i) => BigInt(i.ticketMinVnd) <= BigInt(i.ticketMaxVnd), {
    path: ['ticketMaxVnd'],
    message: 'must not be below the minimum',
  });

export const investorListQuerySchema = z.object({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  kind: z.enum(INVESTOR_KINDS).optional(),
  sector: z.string().trim().max(40).optional(),
  stage: z.enum(STARTUP_STAGES).optional(),
});

/** An investor as anyone signed in sees it: never the contact. */
export const investorViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INVESTOR_KINDS),
  description: z.string(),
  sectorCodes: z.array(z.string()),
  stages: z.array(z.string()),
  ticketMinVnd: vndOut,
  ticketMaxVnd: vndOut,
  website: z.string().nullable(),
  active: z.boolean(),
  revision: z.number().int(),
});
export const investorListSchema = z.object({ items: z.array(investorViewSchema), nextCursor: z.string().nullable() });

export const introductionInputSchema = z.object({
  startupId: uuid,
  investorId: uuid,
  message: text(3000).min(10),
  /** the startup's contact, disclosed to the investor only once both sides accept */
  contact: contactSchema,
});

export const introductionActionSchema = z.object({
  action: z.enum(INTRODUCTION_ACTIONS),
  /** required to decline */
  reason: text(1000).optional(),
  /** the officer's note to the investor when forwarding */
  note: text(2000).optional(),
});

export const introductionListQuerySchema = z.object({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  state: z.enum(INTRODUCTION_STATES).optional(),
  startupId: uuid.optional(),
  investorId: uuid.optional(),
});

const contactView = z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() });

export const introductionViewSchema = z.object({
  id: z.string(),
  startup: z.object({ id: z.string(), name: z.string() }),
  investor: z.object({ id: z.string(), name: z.string(), kind: z.enum(INVESTOR_KINDS) }),
  message: z.string(),
  state: z.enum(INTRODUCTION_STATES),
  officerNote: z.string().nullable(),
  declineReason: z.string().nullable(),
  requestedAt: z.string(),
  forwardedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  /** what the caller may do now */
  actions: z.array(z.enum(INTRODUCTION_ACTIONS)),
  /** both sides' contacts: null until the introduction is accepted by both */
  contacts: z.object({ startup: contactView, investor: contactView }).nullable(),
  revision: z.number().int(),
});
export const introductionListSchema = z.object({
  items: z.array(introductionViewSchema),
  nextCursor: z.string().nullable(),
});

export type InvestorInput = z.infer<typeof investorInputSchema>;
export type InvestorListQuery = z.infer<typeof investorListQuerySchema>;
export type InvestorView = z.infer<typeof investorViewSchema>;
export type InvestorList = z.infer<typeof investorListSchema>;
export type IntroductionInput = z.infer<typeof introductionInputSchema>;
export type IntroductionActionInput = z.infer<typeof introductionActionSchema>;
export type IntroductionListQuery = z.infer<typeof introductionListQuerySchema>;
export type IntroductionView = z.infer<typeof introductionViewSchema>;
export type IntroductionList = z.infer<typeof introductionListSchema>;
