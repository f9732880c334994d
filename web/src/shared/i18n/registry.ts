// The portal's modules register their catalogues here; the message keys are the union of theirs.
// A new module (initiatives, ip-support, …) adds one import and one entry.
import { adminMessages } from '../../admin/admin.messages.ts';
import { incubationMessages } from '../../incubation/incubation.messages.ts';
import { initiativesMessages } from '../../initiatives/initiatives.messages.ts';
import { insightsMessages } from '../../insights/insights.messages.ts';
import { ipSupportMessages } from '../../ip-support/ip-support.messages.ts';
import { shellMessages } from '../../shell/shell.messages.ts';
import { journeyMessages } from '../../techmart/journeys.messages.ts';
import { matchingMessages } from '../../techmart/matching/matching.messages.ts';
import { techmartMessages } from '../../techmart/techmart.messages.ts';
import { reviewMessages } from '../review/review.messages.ts';
import { type Catalogue, mergeCatalogues } from './catalogue.ts';
import { sharedMessages } from './shared.messages.ts';

type KeysOf<C> = C extends Catalogue<infer K> ? K : never;

export type MessageKey =
  | KeysOf<typeof sharedMessages>
  | KeysOf<typeof shellMessages>
  | KeysOf<typeof techmartMessages>
  | KeysOf<typeof adminMessages>
  | KeysOf<typeof journeyMessages>
  | KeysOf<typeof matchingMessages>
  | KeysOf<typeof initiativesMessages>
  | KeysOf<typeof insightsMessages>
  | KeysOf<typeof ipSupportMessages>
  | KeysOf<typeof incubationMessages>
  | KeysOf<typeof reviewMessages>;

export const MODULE_CATALOGUES: Record<string, Catalogue<string>> = {
  shared: sharedMessages,
  shell: shellMessages,
  techmart: techmartMessages,
  admin: adminMessages,
  techmartJourneys: journeyMessages,
  techmartMatching: matchingMessages,
  initiatives: initiativesMessages,
  insights: insightsMessages,
  ipSupport: ipSupportMessages,
  incubation: incubationMessages,
  review: reviewMessages,
};

export const messages: Catalogue<MessageKey> = mergeCatalogues<MessageKey>(Object.values(MODULE_CATALOGUES));
