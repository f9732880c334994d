import { describe, expect, it } from 'vitest';
import { campaignFormSchema, emptyCampaign, toCampaignInput, vietnamDay } from './campaign-form.ts';

const valid = {
  ...emptyCampaign('87'),
  title: 'Xét công nhận sáng kiến năm 2026',
  submissionOpensOn: '2026-03-01',
  submissionClosesOn: '2026-06-30',
};

describe('campaign details form', () => {
  it('sends the window as instants in Vietnam time and the year of the opening', () => {
    expect(campaignFormSchema.safeParse(valid).success).toBe(true);
    expect(toCampaignInput(valid)).toMatchObject({
      submissionOpensAt: '2026-03-01T00:00:00+07:00',
      submissionClosesAt: '2026-06-30T23:59:59+07:00',
      year: 2026,
      threshold: 70,
      reviewsPerSubmission: 3,
    });
  });

  it('shows a stored instant on the Vietnamese calendar day', () => {
    expect(vietnamDay('2026-02-28T17:00:00.000Z')).toBe('2026-03-01');
  });

  it('refuses fewer than three reviewers per initiative and a window that closes before it opens', () => {
    const r = campaignFormSchema.safeParse({ ...valid, reviewsPerSubmission: '2', submissionClosesOn: '2026-02-01' });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'reviewsPerSubmission:ini.v.reviews',
      'submissionClosesOn:ini.v.window',
    ]);
  });
});
