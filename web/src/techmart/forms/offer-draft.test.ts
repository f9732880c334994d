import { describe, expect, it } from 'vitest';
import { formFromDraftInput, toDraftInput } from './offer-draft.ts';
import { emptyForm } from './offerForm.ts';

describe('offer drafts', () => {
  it('keep only what was filled in, so a half-typed listing can be saved', () => {
    const form = {
      ...emptyForm(),
      kind: 'equipment' as const,
      title: 'Máy sấy lúa',
      amountVnd: '',
      priceMode: 'amount' as const,
    };
    expect(toDraftInput(form)).toEqual({
      kind: 'equipment',
      title: 'Máy sấy lúa',
      equipment: { quantity: 1 },
    });
  });

  it('come back into the form as they were saved', () => {
    const form = {
      ...emptyForm(),
      title: 'Quy trình ủ phân',
      trl: '6',
      transferModes: ['licence' as const],
      priceMode: 'amount' as const,
      amountVnd: '150000000',
      contactName: 'Chị Lan',
    };
    expect(formFromDraftInput(toDraftInput(form))).toEqual(form);
  });
});
