// The campaign details form: its own zod schema for react-hook-form (messages are catalogue keys), then
// the service's request schema (createCampaignSchema from @sti/initiatives/api) over what would be sent.
// Dates are chosen as calendar days and sent as instants in Vietnam's time (opening at 00:00, closing at
// 23:59:59, +07:00).
import { createCampaignSchema } from '@sti/initiatives/api';
import { z } from 'zod';
import type { Campaign } from '../api/initiatives-types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const int = (min: number, max: number, key: string) =>
  z.string().refine((s) => /^\d+$/.test(s.trim()) && Number(s) >= min && Number(s) <= max, key);

const formSchema = z.object({
  title: z.string().trim().min(5, 'ini.v.campaignTitle').max(300, 'ini.v.campaignTitle'),
  description: z.string().max(5000),
  level: z.enum(['unit', 'commune', 'province']),
  localityCode: z.string().regex(/^\d{2,10}$/, 'ini.v.locality'),
  submissionOpensOn: z.string().regex(DATE, 'ini.v.date'),
  submissionClosesOn: z.string().regex(DATE, 'ini.v.date'),
  threshold: z
    .string()
    .refine((s) => /^\d+(?:[.,]\d+)?$/.test(s.trim()) && Number(s.replace(',', '.')) <= 1000, 'ini.v.threshold'),
  reviewsPerSubmission: int(3, 15, 'ini.v.reviews'),
  appealDays: int(0, 180, 'ini.v.appealDays'),
  reviewDays: int(1, 120, 'ini.v.reviewDays'),
  blind: z.boolean(),
});

export type CampaignFormValues = z.input<typeof formSchema>;

export const campaignFormSchema = formSchema.superRefine((v, ctx) => {
  if (DATE.test(v.submissionOpensOn) && DATE.test(v.submissionClosesOn) && v.submissionClosesOn < v.submissionOpensOn)
    ctx.addIssue({ code: 'custom', path: ['submissionClosesOn'], message: 'ini.v.window' });
  if (!formSchema.safeParse(v).success) return;
  const server = createCampaignSchema.safeParse(toCampaignInput(v));
  if (server.success) return;
  for (const issue of server.error.issues)
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: JSON.stringify({ vi: issue.message, en: issue.message }),
    });
});

export function emptyCampaign(localityCode = ''): CampaignFormValues {
  return {
    title: '',
    description: '',
    level: 'unit',
    localityCode,
    submissionOpensOn: '',
    submissionClosesOn: '',
    threshold: '70',
    reviewsPerSubmission: '3',
    appealDays: '30',
    reviewDays: '14',
    blind: true,
  };
}

/** An instant's calendar day in Vietnam (UTC+7, no daylight saving). */
export function vietnamDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function campaignFormOf(c: Campaign): CampaignFormValues {
  return {
    title: c.title,
    description: c.description,
    level: c.level,
    localityCode: c.localityCode,
    submissionOpensOn: vietnamDay(c.submissionOpensAt),
    submissionClosesOn: vietnamDay(c.submissionClosesAt),
    threshold: String(c.threshold),
    reviewsPerSubmission: String(c.reviewsPerSubmission),
    appealDays: String(c.appealDays),
    reviewDays: String(c.reviewDays),
    blind: c.blind,
  };
}

export function toCampaignInput(v: CampaignFormValues) {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    level: v.level,
    localityCode: v.localityCode.trim(),
    year: Number(v.submissionOpensOn.slice(0, 4)),
    submissionOpensAt: `${v.submissionOpensOn}T00:00:00+07:00`,
    submissionClosesAt: `${v.submissionClosesOn}T23:59:59+07:00`,
    threshold: Number(v.threshold.replace(',', '.')),
    reviewsPerSubmission: Number(v.reviewsPerSubmission),
    appealDays: Number(v.appealDays),
    reviewDays: Number(v.reviewDays),
    blind: v.blind,
  };
}
