import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { formErrorsOf, listingFormSchema } from './listingFormSchema.ts';
import { emptyForm, validateOffer } from './offerForm.ts';

describe("the listing forms' zod schema", () => {
  it("reports the Techmart limits as form errors, in field order, through react-hook-form's zod resolver", async () => {
    const resolver = zodResolver(listingFormSchema(validateOffer));
    const values = { ...emptyForm(), title: 'abc', contactName: 'A' };
    const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    const errors = formErrorsOf(result.errors);
    expect(errors.map((e) => e.field)).toEqual(validateOffer(values).map((e) => e.field));
    expect(errors[0]).toMatchObject({ field: 'title', key: 'v.minLength', vars: { min: 5 } });
    expect(errors.find((e) => e.field === 'contact.name')).toMatchObject({ key: 'v.minLength', vars: { min: 2 } });
  });

  it('accepts a complete form', () => {
    const schema = listingFormSchema(validateOffer);
    const ok = {
      ...emptyForm(),
      title: 'Máy sấy nông sản',
      summary: 'Máy sấy dùng năng lượng mặt trời cho hợp tác xã.',
      sectorCode: 'agri',
      trl: '7',
      ipStatus: 'none' as const,
      transferModes: ['licence' as const],
      provinceCode: '82',
      contactName: 'Nguyễn Văn An',
    };
    expect(schema.safeParse(ok).success).toBe(true);
  });
});
