import { describe, expect, it } from 'vitest';
import { type ContestForm, contestBody, validateContestForm } from './contest-form.ts';

const form = (over: Partial<ContestForm> = {}): ContestForm => ({
  title: 'Ý tưởng khởi nghiệp sáng tạo xã Mỹ Hiệp 2027',
  year: '2027',
  description: '',
  communeCode: '30001',
  communeOpens: '2027-03-01',
  communeCloses: '2027-03-31',
  provinceCode: '87',
  provinceOpens: '',
  provinceCloses: '',
  questions: 'Vấn đề\n\nGiải pháp  \n',
  ...over,
});

describe('new contest form', () => {
  it('sends one commune round in Vietnam time and one question per non-empty line', () => {
    expect(validateContestForm(form())).toEqual({});
    const body = contestBody(form());
    expect(body.rounds).toEqual([
      expect.objectContaining({
        level: 'commune',
        opensAt: '2027-03-01T00:00:00+07:00',
        closesAt: '2027-03-31T23:59:59+07:00',
      }),
    ]);
    expect(body.formFields.map((f) => [f.key, f.label.vi])).toEqual([
      ['q1', 'Vấn đề'],
      ['q2', 'Giải pháp'],
    ]);
  });

  it('adds the province round only after the commune round, and says so otherwise', () => {
    expect(
      validateContestForm(form({ provinceOpens: '2027-03-15', provinceCloses: '2027-04-30' })).provinceOpens?.en,
    ).toBe('The province round opens after the commune round closes.');
    const body = contestBody(form({ provinceOpens: '2027-04-10', provinceCloses: '2027-04-30' }));
    expect(body.rounds.map((r) => r.level)).toEqual(['commune', 'province']);
  });

  it('refuses a round that closes before it opens, a short title and no questions', () => {
    const e = validateContestForm(form({ title: 'Thi', communeCloses: '2027-02-01', questions: '  \n ' }));
    expect(Object.keys(e).sort()).toEqual(['communeCloses', 'questions', 'title']);
  });
});
