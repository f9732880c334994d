import { describe, expect, it } from 'vitest';
import {
  decide,
  hasPendingRevision,
  isPubliclyVisible,
  LISTING_STATUSES,
  type ListingAction,
  type ListingStatus,
} from './listing-lifecycle.js';
import {
  applyEdit,
  applyPublish,
  applyReturn,
  applySubmit,
  applyWithdraw,
  InvalidTransitionError,
  lifecycleState,
  newListing,
  StaleRevisionError,
} from './listing-record.js';

describe('listing lifecycle', () => {
  // from × action → resulting status (or refused)
  const table: Record<ListingStatus, Record<ListingAction, ListingStatus | null>> = {
    draft: { edit: 'draft', submit: 'submitted', withdraw: null, publish: null, return: null, archive: 'archived' },
    submitted: {
      edit: null,
      submit: null,
      withdraw: 'draft',
      publish: 'published',
      return: 'returned',
      archive: 'archived',
    },
    published: { edit: 'submitted', submit: null, withdraw: null, publish: null, return: null, archive: 'archived' },
    returned: {
      edit: 'returned',
      submit: 'submitted',
      withdraw: null,
      publish: null,
      return: null,
      archive: 'archived',
    },
    archived: { edit: null, submit: null, withdraw: null, publish: null, return: null, archive: null },
  };

  for (const from of LISTING_STATUSES) {
    for (const [action, expected] of Object.entries(table[from]) as [ListingAction, ListingStatus | null][]) {
      it(`${from} + ${action} → ${expected ?? 'refused'}`, () => {
        const decision = decide({ status: from, hasPublishedVersion: from === 'published' }, action);
        if (expected === null) expect(decision).toEqual({ ok: false, code: 'invalid_transition', from, action });
        else expect(decision).toMatchObject({ ok: true, status: expected });
      });
    }
  }

  it('sends an edit of a published listing back to moderation', () => {
    expect(decide({ status: 'published', hasPublishedVersion: true }, 'edit')).toEqual({
      ok: true,
      status: 'submitted',
      autoSubmitted: true,
    });
    expect(decide({ status: 'draft', hasPublishedVersion: false }, 'edit')).toEqual({
      ok: true,
      status: 'draft',
      autoSubmitted: false,
    });
  });

  it('keeps a published version public until archived, also while a revision is pending or returned', () => {
    expect(isPubliclyVisible({ status: 'submitted', hasPublishedVersion: true })).toBe(true);
    expect(isPubliclyVisible({ status: 'returned', hasPublishedVersion: true })).toBe(true);
    expect(isPubliclyVisible({ status: 'submitted', hasPublishedVersion: false })).toBe(false);
    expect(isPubliclyVisible({ status: 'archived', hasPublishedVersion: true })).toBe(false);
    expect(hasPendingRevision({ status: 'submitted', hasPublishedVersion: true })).toBe(true);
    expect(hasPendingRevision({ status: 'published', hasPublishedVersion: true })).toBe(false);
  });
});

describe('listing record transitions', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  const t1 = new Date('2026-01-02T00:00:00Z');
  const draft = newListing({ id: 'x', ownerOrganisationId: 'org', createdBy: 'u', content: { title: 'a' }, now: t0 });

  it('starts as a draft at revision 1', () => {
    expect(draft).toMatchObject({ status: 'draft', revision: 1, publishedSnapshot: null, submittedAt: null });
  });

  it('bumps the revision on edit and refuses a stale one', () => {
    const { record } = applyEdit(draft, { basedOnRevision: 1, content: { title: 'b' }, now: t1 });
    expect(record).toMatchObject({ revision: 2, content: { title: 'b' }, updatedAt: t1 });
    expect(() => applyEdit(record, { basedOnRevision: 1, content: { title: 'c' }, now: t1 })).toThrow(
      StaleRevisionError,
    );
  });

  it('withdraws a submission back to a draft that can be edited, keeping a published version public', () => {
    const withdrawn = applyWithdraw(applySubmit(draft, t0), t1);
    expect(withdrawn).toMatchObject({ status: 'draft', submittedAt: null, updatedAt: t1, revision: 1 });
    expect(applyEdit(withdrawn, { basedOnRevision: 1, content: { title: 'b' }, now: t1 }).record.status).toBe('draft');
    expect(() => applyWithdraw(withdrawn, t1)).toThrow(InvalidTransitionError);
    const pendingEdit = { ...withdrawn, publishedSnapshot: { id: 'x' } };
    expect(isPubliclyVisible(lifecycleState(pendingEdit))).toBe(true);
    expect(hasPendingRevision(lifecycleState(pendingEdit))).toBe(true);
  });

  it('clears the return reason on resubmission and on publication', () => {
    const returned = applyReturn(applySubmit(draft, t0), 'Thiếu hình ảnh thực tế', t1);
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Thiếu hình ảnh thực tế' });
    expect(applySubmit(returned, t1)).toMatchObject({ status: 'submitted', returnReason: null, submittedAt: t1 });
    expect(applyPublish(applySubmit(returned, t1), t1)).toMatchObject({
      status: 'published',
      returnReason: null,
      publishedAt: t1,
    });
  });

  it('throws InvalidTransitionError for refused actions', () => {
    expect(() => applyPublish(draft, t1)).toThrow(InvalidTransitionError);
  });
});
