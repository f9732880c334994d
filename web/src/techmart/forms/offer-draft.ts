// An offer form as a half-filled draft (`/drafts`) and back: only what the user filled in is kept,
// so the draft's "problems" name what is still missing. Pure.
import { pruneEmpty } from './draft-input.ts';
import { emptyForm, type OfferFormState, toOfferInput } from './offerForm.ts';

export function toDraftInput(f: OfferFormState): Record<string, unknown> {
  const input: Record<string, unknown> = { ...toOfferInput(f) };
  if (!f.trl) delete input.trl;
  if (!f.ipStatus) delete input.ipStatus;
  if (f.priceMode === 'amount' && !f.amountVnd.trim()) delete input.price;
  if (f.kind === 'equipment' && !f.condition) {
    const { condition: _c, ...rest } = input.equipment as Record<string, unknown>;
    input.equipment = rest;
  }
  return (pruneEmpty(input) as Record<string, unknown> | undefined) ?? {};
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function formFromDraftInput(input: Record<string, unknown>): OfferFormState {
  const base = emptyForm();
  const price = obj(input.price);
  const locality = obj(input.locality);
  const contact = obj(input.contact);
  const equipment = obj(input.equipment);
  const specs = Array.isArray(equipment.specifications) ? equipment.specifications.map(obj) : [];
  return {
    ...base,
    kind: input.kind === 'equipment' ? 'equipment' : 'technology',
    title: str(input.title),
    summary: str(input.summary),
    description: str(input.description),
    sectorCode: str(input.sectorCode),
    keywords: Array.isArray(input.keywords) ? input.keywords.map(str).join(', ') : '',
    trl: str(input.trl),
    ipStatus: str(input.ipStatus) as OfferFormState['ipStatus'],
    transferModes: (Array.isArray(input.transferModes)
      ? input.transferModes.map(str)
      : []) as OfferFormState['transferModes'],
    priceMode: 'amountVnd' in price ? 'amount' : 'negotiable',
    amountVnd: str(price.amountVnd),
    provinceCode: str(locality.provinceCode),
    communeCode: str(locality.communeCode),
    contactName: str(contact.name),
    contactEmail: str(contact.email),
    contactPhone: str(contact.phone),
    condition: str(equipment.condition) as OfferFormState['condition'],
    quantity: str(equipment.quantity) || base.quantity,
    specs: specs.map((s) => ({ name: str(s.name), value: str(s.value) })),
  };
}
