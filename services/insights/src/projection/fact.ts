// A fact: one counted thing, as the projector stores it (insights_fact).

export interface FactLocality {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
}

export interface Fact {
  stream: string;
  entityId: string;
  revision: number;
  occurredAt: Date;
  locality: FactLocality;
  sectorCode: string;
  organisationType: string;
  organisationId: string;
  attributes: Record<string, string>;
  /** integer; VND for money facts */
  amount: bigint;
  withdrawn: boolean;
  /**
   * How a later copy of the same entity changes the counting time: `first` keeps the earliest
   * (a listing counts when first published), `latest` takes the newest revision's (a record's
   * recognition date may be corrected).
   */
  timeMode: 'first' | 'latest';
}
