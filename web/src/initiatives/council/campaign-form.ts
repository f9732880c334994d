// The campaign details form: its zod schema for react-hook-form (messages are catalogue keys) and the
// conversion to the API's body.
import { z } from 'zod';
import type { Campaign } from '../api/initiatives-types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const int = (min: number, max: number, key: string) =>
  z.string().refine((s) => /^\d+$/.test(s.trim()) && Number(s) >= min && Number(s) <= max, key);

export const campaignFormSchema = z
  .object({
    title: z.string().trim().min(5, 'ini.v.campaignTitle').max(300, 'ini.v.campaignTitle'),
    level: z.enum(['unit', 'commune', 'province']),
    submissionOpensOn: z.string().regex(DATE, 'ini.v.date'),
    submissionClosesOn: z.string().regex(DATE, 'ini.v.date'),
    threshold: int(0, 100, 'ini.v.threshold'),
    reviewsPerSubmission: int(3, 15, 'ini.v.reviews'),
    appealDays: int(0, 90, 'ini.v.appealDays'),
    blind: z.boolean(),
  })
  .refine((v) => !DATE.test(v.submissionClosesOn) || v.submissionClosesOn >= v.submissionOpensOn, {
    path: ['submissionClosesOn'],
    message: 'ini.v.window',
  });

export type CampaignFormValues = z.input<typeof campaignFormSchema>;

export const EMPTY_CAMPAIGN: CampaignFormValues = {
  title: '',
  level: 'unit',
  submissionOpensOn: '',
  submissionClosesOn: '',
  threshold: '50',
  reviewsPerSubmission: '3',
  appealDays: '15',
  blind: true,
};

export function campaignFormOf(c: Campaign): CampaignFormValues {
  return {
    title: c.title,
    level: c.level,
    submissionOpensOn: c.submissionOpensOn,
    submissionClosesOn: c.submissionClosesOn,
    threshold: String(c.threshold),
    reviewsPerSubmission: String(c.reviewsPerSubmission),
    appealDays: String(c.appealDays),
    blind: c.blind,
  };
}

export function toCampaignInput(v: CampaignFormValues) {
  return {
    title: v.title.trim(),
    level: v.level,
    submissionOpensOn: v.submissionOpensOn,
    submissionClosesOn: v.submissionClosesOn,
    threshold: Number(v.threshold),
    reviewsPerSubmission: Number(v.reviewsPerSubmission),
    appealDays: Number(v.appealDays),
    blind: v.blind,
  };
}
