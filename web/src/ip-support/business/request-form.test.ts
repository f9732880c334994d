import { describe, expect, it } from 'vitest';
import { validateRequest } from './request-form.ts';

const ok = {
  right: 'collective_mark',
  subjectKind: 'ocop_product',
  subjectTitle: 'Xoài cát Hoà Lộc Cao Lãnh',
  description: 'Nhãn hiệu tập thể cho xoài của các thành viên hợp tác xã.',
};

describe('validateRequest', () => {
  it('accepts a complete request and sends trimmed NFC text', () => {
    const r = validateRequest({ ...ok, subjectTitle: '  Xoa\u0300i cát  ' });
    expect(r.errors).toEqual({});
    expect(r.input?.subjectTitle).toBe('Xoài cát');
  });

  it('asks for the right, the subject and a description of some length', () => {
    expect(validateRequest({ right: '', subjectKind: '', subjectTitle: '', description: 'ngắn' }).errors).toEqual({
      right: 'required',
      subjectKind: 'required',
      subjectTitle: 'required',
      description: 'length',
    });
    expect(validateRequest({ ...ok, right: 'copyright' }).errors.right).toBe('required');
    expect(validateRequest({ ...ok, subjectTitle: 'ab' }).errors.subjectTitle).toBe('length');
  });

  it('links a recognised initiative or a Techmart offer by its id, and only then', () => {
    expect(validateRequest({ ...ok, subjectKind: 'initiative' }).errors.subjectRefId).toBe('required');
    const linked = validateRequest({
      ...ok,
      subjectKind: 'techmart_offer',
      subjectRefId: '0193a000-0000-7000-8000-000000000001',
    });
    expect(linked.input?.subjectRefId).toBe('0193a000-0000-7000-8000-000000000001');
    expect(validateRequest({ ...ok, subjectRefId: 'x' }).input?.subjectRefId).toBeUndefined();
  });
});
