// The budget gauge's arithmetic: committed, paid and left as shares of the year's budget, from the
// integer VND strings the API sends (BigInt, never floats, for the sums), in whole per-mille for the bar.
// Pure.

type Vnd = string | number;

export interface GaugeParts {
  /** committed (approved) but not yet paid, ‰ of the total */
  committedOnly: number;
  paid: number;
  left: number;
  overspent: boolean;
}

const permille = (part: bigint, total: bigint): number => (total <= 0n ? 0 : Number((part * 1000n) / total));

/** Committed and paid are separate sums (a payment moves an amount from committed to paid). */
export function gaugeParts(totalVnd: Vnd, committedVnd: Vnd, paidVnd: Vnd): GaugeParts {
  const total = BigInt(totalVnd);
  const committed = BigInt(committedVnd);
  const paid = BigInt(paidVnd);
  const left = total - committed - paid;
  return {
    committedOnly: permille(committed, total),
    paid: permille(paid, total),
    left: permille(left < 0n ? 0n : left, total),
    overspent: left < 0n,
  };
}
