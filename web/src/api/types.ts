// Shapes of the Techmart and Search HTTP APIs (docs/contracts-draft.md).

export type OfferKind = 'technology' | 'equipment';
export type ListingStatus = 'draft' | 'submitted' | 'published' | 'returned' | 'archived';
export const IP_STATUSES = ['granted_patent', 'pending_application', 'utility_solution', 'know_how', 'none'] as const;
export type IpStatus = (typeof IP_STATUSES)[number];
export const TRANSFER_MODES = ['licence', 'assignment', 'turnkey', 'joint_venture', 'consulting_training'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];
export const CONDITIONS = ['new', 'used_good', 'used_fair', 'refurbished'] as const;
export type EquipmentCondition = (typeof CONDITIONS)[number];

export interface Sector {
  code: string;
  nameVi: string;
  nameEn: string;
}
export interface Commune {
  code: string;
  name: string;
}
export interface Province {
  provinceCode: string;
  provinceName: string;
  communes: Commune[];
}
export interface Locality {
  provinceCode: string;
  provinceName?: string;
  communeCode?: string;
  communeName?: string;
}
export interface Contact {
  name: string;
  email?: string;
  phone?: string;
}
export type Price = { amountVnd: string } | { negotiable: true };
export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number | string;
  sha256: string;
}
export interface EquipmentDetails {
  specifications: { name: string; value: string }[];
  condition: EquipmentCondition;
  quantity: number;
}
export interface Offer {
  id: string;
  kind: OfferKind;
  status: ListingStatus;
  title: string;
  summary: string;
  description: string;
  sector: Sector;
  keywords: string[];
  trl: number;
  ipStatus: IpStatus;
  transferModes: TransferMode[];
  price: Price;
  locality: Locality;
  contact: Contact;
  equipment?: EquipmentDetails;
  owner: { id: string; name: string };
  attachments: Attachment[];
  revision: number;
  returnReason?: string;
  publishedVersion?: Offer;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  submittedAt?: string;
}
export interface OfferInput {
  kind: OfferKind;
  title: string;
  summary: string;
  description: string;
  sectorCode: string;
  keywords: string[];
  trl: number;
  ipStatus: IpStatus;
  transferModes: TransferMode[];
  price: Price;
  locality: { provinceCode: string; communeCode?: string };
  contact: Contact;
  equipment?: EquipmentDetails;
}

export interface Need {
  id: string;
  status?: ListingStatus;
  title: string;
  problem?: string;
  sector?: Sector;
  keywords?: string[];
  desiredTrl?: number;
  budget?: { minVnd?: string; maxVnd?: string };
  wantedBy?: string;
  locality?: Locality;
  requester?: { id: string; name: string };
  /** set when an officer recorded the need on behalf of the requester */
  intake?: { enteredBy?: { userId?: string; displayName?: string }; onBehalfOf?: { id?: string; name?: string } };
  contact?: Contact;
  revision?: number;
  returnReason?: string;
  publishedVersion?: Omit<Need, 'publishedVersion'>;
  createdAt?: string;
  updatedAt?: string;
  publishedAt?: string;
}

export interface Expert {
  id: string;
  status?: ListingStatus;
  fullName: string;
  academicTitle?: string;
  organisation?: { id: string; name: string };
  fields?: Sector[];
  keywords?: string[];
  results?: { title: string; year?: number; kind?: string }[];
  availableForConsulting?: boolean;
  locality?: Locality;
  contact?: Contact;
  biography?: string;
  revision?: number;
  returnReason?: string;
  publishedVersion?: Omit<Expert, 'publishedVersion'>;
  createdAt?: string;
  publishedAt?: string;
  updatedAt?: string;
}

/** An entry of the moderation queue: any listing type; offers carry all Offer fields. */
export type QueueItem = Partial<Offer> &
  Partial<Need> &
  Partial<Expert> & { id: string; type?: 'offer' | 'need' | 'expert'; pendingRevision?: boolean };

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type HighlightRanges = [number, number][];
export interface SearchHit {
  id: string;
  type: 'offer' | 'equipment' | 'need' | 'expert';
  title: string;
  summary?: string;
  sector?: Sector | string;
  locality?: Locality | string;
  trl?: number;
  ownerName?: string;
  publishedAt?: string;
  highlights?: { title?: HighlightRanges; summary?: HighlightRanges };
}
export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  limit: number;
  tookMs?: number;
  hits: SearchHit[];
  facets: Partial<Record<'type' | 'sector' | 'trl' | 'locality' | 'transferMode' | 'ipStatus', Record<string, number>>>;
}

export interface LocalizedText {
  vi: string;
  en: string;
}
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  message?: LocalizedText;
  errors?: { field: string; code?: string; message?: LocalizedText }[];
  traceId?: string;
}
