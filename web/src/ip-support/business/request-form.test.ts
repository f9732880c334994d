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
});
