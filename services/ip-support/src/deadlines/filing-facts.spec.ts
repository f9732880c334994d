import { describe, expect, it } from 'vitest';
import { type FilingRecord, filingFacts } from './filing-facts.js';

const base: FilingRecord = {
  right: 'patent',
  stage: 'substantive_examination',
  filingDate: '2024-03-01',
  priorityDate: '2023-09-15',
  grantedOn: null,
  refusedOn: null,
  updatedOn: '2025-06-01',
  milestones: [],
};
const m = (id: string, kind: string, occurredOn: string, more: Partial<FilingRecord['milestones'][number]> = {}) => ({
  id,
  kind,
  occurredOn,
  responseDueOn: null,
  relatesTo: null,
  ...more,
});

describe('filing facts from milestones', () => {
  it('tells formality from substantive office actions and links responses and extensions', () => {
    const facts = filingFacts({
      ...base,
      milestones: [
        m('a1', 'office_action', '2024-04-10'),
        m('r1', 'office_action_response', '2024-05-02'),
        m('f1', 'formality_accepted', '2024-06-01'),
        m('x1', 'substantive_examination_requested', '2024-07-01'),
        m('a2', 'office_action', '2025-02-03', { responseDueOn: '2025-05-03' }),
        m('e2', 'extension', '2025-04-20', { relatesTo: 'a2' }),
      ],
    });
    expect(facts.priorityDates).toEqual(['2023-09-15']);
    expect(facts.examinationRequestedOn).toBe('2024-07-01');
    expect(facts.officeActions).toEqual([
      { id: 'a1', kind: 'formality', issuedOn: '2024-04-10', dueOn: null, respondedOn: '2024-05-02', extended: false },
      { id: 'a2', kind: 'substantive', issuedOn: '2025-02-03', dueOn: '2025-05-03', respondedOn: null, extended: true },
    ]);
  });

  it('reads grant and closing from the filing or its milestones', () => {
    expect(filingFacts({ ...base, milestones: [m('g', 'granted', '2026-01-05')] }).grantDate).toBe('2026-01-05');
    expect(filingFacts({ ...base, refusedOn: '2025-03-03' }).closedOn).toBe('2025-03-03');
    expect(filingFacts({ ...base, stage: 'withdrawn' }).closedOn).toBe('2025-06-01');
    expect(filingFacts(base).closedOn).toBeNull();
  });
});
