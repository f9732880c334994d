// Screening against the legal gates: the secretary's answers and decision.
import { z } from 'zod';

export const gateAnswersInputSchema = z.object({
  answers: z
    .array(
      z.object({ gateCode: z.string().min(1), passed: z.boolean(), reason: z.string().trim().max(5000).default('') }),
    )
    .min(1)
    .max(50),
});

export const screeningDecisionSchema = z.object({
  /** review: every gate passed; reject: a gate failed; redirect_ip: already IP-protected */
  outcome: z.enum(['review', 'reject', 'redirect_ip']),
  reason: z.string().trim().max(5000).default(''),
});

export type GateAnswersInput = z.output<typeof gateAnswersInputSchema>;
export type ScreeningDecision = z.output<typeof screeningDecisionSchema>;
