import { describe, expect, it } from 'vitest';
import { emptySubmission, messageText, submissionFormSchema, toSubmissionInput } from './submission-form.ts';

const CAMPAIGN = '01920000-0000-7000-8000-0000000000c1';

function filled() {
  return {
    ...emptySubmission(CAMPAIGN, 'Lê Thị Hồng Nhung'),
    title: 'Số hoá sổ tiêm chủng',
    unitName: 'Trạm Y tế xã Tân Thuận',
    fieldCode: 'y_te',
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
        { fullName: 'A B', sharePercent: '33,34', unitName: '' },
        { fullName: 'C D', sharePercent: '66.66', unitName: 'Khoa Nhi' },
      ],
    };
    expect(issuesOf(values)).toEqual([]);
    const input = toSubmissionInput({ ...values, benefitVnd: '45.000.000' });
    expect(input.authors).toEqual([
      { fullName: 'A B', sharePercent: 33.34 },
      { fullName: 'C D', sharePercent: 66.66, unitName: 'Khoa Nhi' },
    ]);
    expect(input.benefitVnd).toBe(45_000_000);
  });

  it('refuses shares that do not add up to 100, on the authors', () => {
    const values = {
      ...filled(),
      authors: [
        { fullName: 'A B', sharePercent: '60', unitName: '' },
        { fullName: 'C D', sharePercent: '30', unitName: '' },
      ],
    };
    expect(issuesOf(values)).toEqual(['authors:ini.v.sharesSum']);
  });

  it('refuses a first application date in the future and a bad share on its row (not a second error on the sum)', () => {
    const values = {
      ...filled(),
      firstAppliedOn: '2999-01-01',
      authors: [{ fullName: 'A B', sharePercent: 'một trăm', unitName: '' }],
    };
    expect(issuesOf(values)).toEqual(['authors.0.sharePercent:ini.v.share', 'firstAppliedOn:ini.v.future']);
  });

  it("shows a message key in the language, and the server's two texts in the chosen one", () => {
    const t = (k: string) => `<${k}>`;
    expect(messageText('ini.v.title', 'en', t)).toBe('<ini.v.title>');
    expect(messageText(JSON.stringify({ vi: 'Sai', en: 'Wrong' }), 'en', t)).toBe('Wrong');
    expect(messageText(undefined, 'vi', t)).toBeUndefined();
  });

  it("runs the service's own request schema over what would be sent, with its texts", () => {
    const issues = submissionFormSchema.safeParse({ ...filled(), campaignId: 'c1' });
    expect(issues.success).toBe(false);
    expect(issues.error?.issues.map((i) => i.path.join('.'))).toEqual(['campaignId']);
    expect(issues.error?.issues[0]?.message).toMatch(/^\{"vi":/);
  });
});
