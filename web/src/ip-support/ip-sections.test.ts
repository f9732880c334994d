import { describe, expect, it } from 'vitest';
import { ipEntry, ipSections } from './ip-sections.ts';

describe('the IP-support sections by role', () => {
  it('gives a business its requests, deadlines, subsidy claims and OCOP products', () => {
    expect(ipSections(['business']).map((s) => s.label)).toEqual([
      'ip.nav.myRequests',
      'ip.nav.deadlines',
      'ip.nav.claims',
      'ip.nav.ocop',
    ]);
  });

  it("gives an officer the queues, not a business's pages; an admin the rule tables", () => {
    const officer = ipSections(['officer']).map((s) => s.label);
    expect(officer).toContain('ip.nav.triage');
    expect(officer).toContain('ip.nav.subsidyQueue');
    expect(officer).not.toContain('ip.nav.myRequests');
    expect(ipSections(['admin']).map((s) => s.label)).toEqual(['ip.nav.admin']);
  });

  it('gives a research institute the requester pages, a visitor or a reviewer nothing', () => {
    expect(ipEntry(['researcher'])?.label).toBe('ip.nav.myRequests');
    expect(ipSections([])).toEqual([]);
    expect(ipSections(['reviewer'])).toEqual([]);
    expect(ipEntry(['reviewer'])).toBeNull();
  });
});
