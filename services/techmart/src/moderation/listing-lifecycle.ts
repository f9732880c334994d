// The moderation lifecycle shared by offers, needs and expert profiles:
//
//   draft ──submit──▶ submitted ──publish──▶ published
//     ▲                  │   ▲                   │
//     └─edit      return─▼   └──submit── returned ◀─edit (stays returned until resubmitted)
//                    returned
//   edit of a published listing ──▶ submitted (a pending revision; the published snapshot stays public)
//   submitted ──withdraw──▶ draft (the owner takes it back to keep editing; a published version stays public)
//   any state except archived ──archive──▶ archived (terminal)
//
// Pure rules: given the current state and an action, say what happens or why it cannot.

export const LISTING_STATUSES = ['draft', 'submitted', 'published', 'returned', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export type ListingAction = 'edit' | 'submit' | 'withdraw' | 'publish' | 'return' | 'archive';

/** What an event consumer or a reader needs to know about a listing's moderation state. */
export interface LifecycleState {
  status: ListingStatus;
  /** true once any version has been published (the public keeps seeing it until archived) */
  hasPublishedVersion: boolean;
}

export type LifecycleDecision =
  | {
      ok: true;
      status: ListingStatus;
      /** the edit of a published listing went straight back to moderation */
      autoSubmitted: boolean;
    }
  | { ok: false; code: 'invalid_transition'; from: ListingStatus; action: ListingAction };

export function decide(state: LifecycleState, action: ListingAction): LifecycleDecision {
  const allow = (status: ListingStatus, autoSubmitted = false): LifecycleDecision => ({
    ok: true,
    status,
    autoSubmitted,
  });
  const refuse = (): LifecycleDecision => ({ ok: false, code: 'invalid_transition', from: state.status, action });
  switch (action) {
    case 'edit':
      // A submitted listing is frozen while an officer looks at it; archived is final.
      if (state.status === 'draft' || state.status === 'returned') return allow(state.status);
      if (state.status === 'published') return allow('submitted', true);
      return refuse();
    case 'submit':
      return state.status === 'draft' || state.status === 'returned' ? allow('submitted') : refuse();
    case 'withdraw':
      // Only before an officer decides: a returned listing is already the owner's to edit.
      return state.status === 'submitted' ? allow('draft') : refuse();
    case 'publish':
    case 'return':
      if (state.status !== 'submitted') return refuse();
      return allow(action === 'publish' ? 'published' : 'returned');
    case 'archive':
      return state.status === 'archived' ? refuse() : allow('archived');
  }
}

/** The public sees the last published version until the listing is archived. */
export function isPubliclyVisible(state: LifecycleState): boolean {
  return state.hasPublishedVersion && state.status !== 'archived';
}

/** An edit is in the works or in moderation while an older version stays public. */
export function hasPendingRevision(state: LifecycleState): boolean {
  return (
    state.hasPublishedVersion &&
    (state.status === 'draft' || state.status === 'submitted' || state.status === 'returned')
  );
}

export const RETURN_REASON_MIN = 10;
export const RETURN_REASON_MAX = 2000;
