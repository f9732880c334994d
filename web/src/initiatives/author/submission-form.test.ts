import { describe, expect, it } from 'vitest';
import { emptySubmission, messageText, submissionFormSchema, toSubmissionInput } from './submission-form.ts';

function filled() {
  return {
    ...emptySubmission('c1', 'Lê Thị Hồng Nhung'),
    title: 'Số hoá sổ tiêm chủng',
    unitName: 'Trạm Y tế xã Tân Thuận',
    fieldCode: 'health',
    problem: 'Sổ giấy dễ thất lạc và tra cứu mất nhiều thời gian.',
    solution: 'Nhập sổ vào bảng tính dùng chung và nhắc lịch qua tin nhắn.',
    novelty: 'Lần đầu trạm tự động nhắc lịch tiêm cho phụ huynh.',
    applicationPlace: 'Trạm y tế xã',
    firstAppliedOn: '2025-03-01',
    benefitVnd: '45000000',
    benefitText: 'Giảm 80% thời gian tra cứu.',
  };
}

const issuesOf = (values: unknown) => {
  const r = submissionFormSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('submission form', () => {
  it('accepts a complete form and sends shares as numbers and the benefit as digits', () => {
    const values = {
      ...filled(),
      authors: [
        { name: 'A B', share: '33,34', unit: '' },
        { name: 'C D', share: '66.66', unit: 'Khoa Nhi' },
      ],
    };
    expect(issuesOf(values)).toEqual([]);
    const input = toSubmissionInput({ ...values, benefitVnd: '45.000.000' });
    expect(input.authors).toEqual([
      { name: 'A B', share: 33.34 },
      { name: 'C D', share: 66.66, unit: 'Khoa Nhi' },
    ]);
    expect(input.benefitVnd).toBe('45000000');
  });

  it('refuses shares that do not add up to 100, on the authors', () => {
    const values = {
      ...filled(),
      authors: [
        { name: 'A B', share: '60', unit: '' },
        { name: 'C D', share: '30', unit: '' },
      ],
    };
    expect(issuesOf(values)).toEqual(['authors:ini.v.sharesSum']);
  });

  it('refuses a first application date in the future and a bad share on its row (not a second error on the sum)', () => {
    const values = {
      ...filled(),
      firstAppliedOn: '2999-01-01',
      authors: [{ name: 'A B', share: 'một trăm', unit: '' }],
    };
    expect(issuesOf(values)).toEqual(['authors.0.share:ini.v.share', 'firstAppliedOn:ini.v.future']);
  });

  it("shows a message key in the language, and the server's two texts in the chosen one", () => {
    const t = (k: string) => `<${k}>`;
    expect(messageText('ini.v.title', 'en', t)).toBe('<ini.v.title>');
    expect(messageText(JSON.stringify({ vi: 'Sai', en: 'Wrong' }), 'en', t)).toBe('Wrong');
    expect(messageText(undefined, 'vi', t)).toBeUndefined();
  });
});
