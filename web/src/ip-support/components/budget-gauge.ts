// The budget gauge's arithmetic: committed, paid and left as shares of the year's budget, from the
// integer VND strings the API sends (BigInt, never floats, for the sums), in whole per-mille for the bar.
// Pure.

export interface GaugeParts {
  /** committed but not yet paid, ‰ of the total */
  committedOnly: number;
  paid: number;
  left: number;
  overspent: boolean;
}

const permille = (part: bigint, total: bigint): number => (total <= 0n ? 0 : Number((part * 1000n) / total));

export function gaugeParts(totalVnd: string, committedVnd: string, paidVnd: string): GaugeParts {
  const total = BigInt(totalVnd);
  const committed = BigInt(committedVnd);
  const paid = BigInt(paidVnd);
  // "committed" includes what has been paid: a payment settles a commitment, it does not add to it
  const used = committed > paid ? committed : paid;
  const left = total - used;
  return {
    committedOnly: permille(used - paid, total),
    paid: permille(paid, total),
    left: permille(left < 0n ? 0n : left, total),
    overspent: left < 0n,
  };
}
