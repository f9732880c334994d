import { describe, expect, it } from 'vitest';
import { answerErrors, eligibilityIssues, mayCarryOver, normaliseAnswers, roundTransition } from './contest.rules.js';
import type { FormField } from './contest.schema.js';

const startup = { stage: 'prototype', sectorCode: 'agritech', trl: 4, communeCode: '30268', teamSize: 2 };
const communeRound = { level: 'commune', localityCode: '30268' };

describe('contest rules', () => {
  it('moves a round draft → open → judging → results_published and nowhere else', () => {
    expect(roundTransition('draft', 'open')).toBe('open');
    expect(roundTransition('open', 'start_judging')).toBe('judging');
    expect(roundTransition('judging', 'publish_results')).toBe('results_published');
    expect(roundTransition('draft', 'publish_results')).toBeUndefined();
    expect(roundTransition('results_published', 'open')).toBeUndefined();
  });

  it('lists every eligibility problem with Vietnamese and English reasons', () => {
    expect(eligibilityIssues({}, startup, communeRound)).toEqual([]);
    const issues = eligibilityIssues(
      { stages: ['idea'], sectors: ['it'], minTrl: 5, minTeamSize: 3 },
      { ...startup, communeCode: '29869' },
      communeRound,
    );
    expect(issues.map((i) => i.code)).toEqual(['stage', 'sector', 'trl_low', 'team_size', 'locality']);
    expect(issues.every((i) => i.message.vi && i.message.en)).toBe(true);
    // the province round takes any commune of the province
    expect(
      eligibilityIssues({}, { ...startup, communeCode: '29869' }, { level: 'province', localityCode: '87' }),
    ).toEqual([]);
    expect(eligibilityIssues({ maxTrl: 3 }, startup, communeRound).map((i) => i.code)).toEqual(['trl_high']);
  });

  it('checks answers against the contest’s own form fields', () => {
    const fields: FormField[] = [
      { key: 'problem', label: { vi: 'Vấn đề', en: 'Problem' }, type: 'textarea', required: true, maxLength: 10 },
      { key: 'team', label: { vi: 'Số người', en: 'Team' }, type: 'number', required: false, maxLength: 5 },
      {
        key: 'kind',
        label: { vi: 'Loại', en: 'Kind' },
        type: 'select',
        required: false,
        maxLength: 50,
        options: ['A', 'B'],
      },
    ];
    const errors = answerErrors(fields, { problem: 'quá dài hơn mười ký tự', team: 'ba', kind: 'C', extra: 'x' });
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'answers.extra:unknown_field',
      'answers.problem:too_long',
      'answers.team:invalid_number',
      'answers.kind:invalid_option',
    ]);
    expect(answerErrors(fields, {}).map((e) => e.code)).toEqual(['required']);
  });

  it('normalises answers to NFC and drops empty ones', () => {
    const decomposed = 'Sa\u0301ng kie\u0302\u0301n';
    expect(normaliseAnswers({ a: ` ${decomposed} `, b: '  ' })).toEqual({ a: 'Sáng kiến' });
  });

  it('lets only the top entries of a published round go on', () => {
    const round = { status: 'results_published', advanceCount: 2 };
    expect(mayCarryOver({ status: 'ranked', rank: 2 }, round)).toBe(true);
    expect(mayCarryOver({ status: 'ranked', rank: 3 }, round)).toBe(false);
    expect(mayCarryOver({ status: 'advanced', rank: 1 }, round)).toBe(false);
    expect(mayCarryOver({ status: 'ranked', rank: 1 }, { ...round, status: 'judging' })).toBe(false);
  });
});
