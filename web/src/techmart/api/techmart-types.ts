// The Techmart and Search responses as the portal sees them: inferred from the services' own view
// schemas (@sti/techmart/api, @sti/search/api), so a change of the API is a compile error here.
import type {
  EquipmentCondition,
  ExpertView,
  IpStatus,
  ListingStatusValue,
  LocalityView,
  ModerationQueueItem,
  NeedView,
  OfferInput as TechmartOfferInput,
  OfferKind as TechmartOfferKind,
  OfferView,
  ContactView,
  ProvinceView,
  ReferenceTermView,
  TransferMode,
  PriceView,
} from '@sti/techmart/api';
import type { SearchResponse as SearchResponseView } from '@sti/search/api';

export { EQUIPMENT_CONDITIONS as CONDITIONS, IP_STATUSES, TRANSFER_MODES } from '@sti/techmart/api';
export type { EquipmentCondition, IpStatus, TransferMode };
export type { LocalizedText, Problem } from '../../shared/api/problem.ts';

export type OfferKind = TechmartOfferKind;
export type ListingStatus = ListingStatusValue;
export type Sector = ReferenceTermView;
export type Province = ProvinceView;
export type Commune = ProvinceView['communes'][number];
export type Locality = LocalityView;
export type Contact = ContactView;
export type Price = PriceView;
export type Offer = OfferView;
export type OfferInput = TechmartOfferInput;
export type Need = NeedView;
export type Expert = ExpertView;

/**
 * An entry of the moderation queue: the queue item's own fields, and whatever of the listing's view
 * the service adds (offers carry their kind, sector and summary).
 */
export type QueueItem = ModerationQueueItem &
  Partial<Omit<OfferView, keyof ModerationQueueItem | 'status'>> &
  Partial<Omit<NeedView, keyof ModerationQueueItem | keyof OfferView>> &
  Partial<Omit<ExpertView, keyof ModerationQueueItem | keyof OfferView | keyof NeedView>>;

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type SearchResponse = SearchResponseView;
export type SearchHit = SearchResponseView['hits'][number];
export type HighlightRanges = SearchHit['highlights']['title'];
