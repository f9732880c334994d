// Listing expiry: the periodic sweep (reminders before the date, lapsing at the date) and the owner's
// renewal. Each listing is re-checked under its row lock, so several instances may sweep at once.

import type { ListingViewShape, ListingWorkflow, WorkingView } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import { problem } from '@sti/platform';
import type { FeedListingType } from '../exchange/exchange.schema.js';

type AnyWorkflow = ListingWorkflow<unknown, ListingViewShape>;

export interface SweepResult {
  reminded: number;
  expired: number;
}

/** listings handled per type and sweep; the next sweep continues */
const SWEEP_BATCH = 500;

export class ExpiryService {
  constructor(
    private readonly workflows: Record<FeedListingType, AnyWorkflow>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async sweep(): Promise<SweepResult> {
    const result: SweepResult = { reminded: 0, expired: 0 };
    for (const workflow of Object.values(this.workflows)) {
      for (const id of await workflow.expiryCandidates(this.clock(), SWEEP_BATCH)) {
        // expire first: a listing past its date that was never reminded lapses (and says so)
        if (await workflow.expire(id)) result.expired += 1;
        else if (await workflow.remindOfExpiry(id)) result.reminded += 1;
      }
    }
    return result;
  }

  renew(actor: Actor | null, type: FeedListingType, id: string): Promise<WorkingView<ListingViewShape>> {
    if (!actor) throw problem('unauthenticated');
    return this.workflows[type].renew(actor, id);
  }
}
