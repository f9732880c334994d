// The IP-support module's own sections for each role, shown at the top of its pages; the header's menus
// carry only the entry point (shell/navigation.ts). Pure, unit-tested.
import type { MessageKey } from '../shared/i18n/registry.ts';
import type { Role } from '../shell/auth/roles.ts';

export interface IpSection {
  to: string;
  label: MessageKey;
  end?: boolean;
}

export const IP_BASE = '/so-huu-tri-tue';

export function ipSections(roles: readonly Role[]): IpSection[] {
  const out: IpSection[] = [];
  // research institutes ask for patents and utility solutions as businesses ask for marks
  if (roles.includes('business') || roles.includes('researcher')) {
    out.push(
      { to: `${IP_BASE}/yeu-cau`, label: 'ip.nav.myRequests', end: true },
      { to: `${IP_BASE}/thoi-han`, label: 'ip.nav.deadlines' },
      { to: `${IP_BASE}/ho-tro-chi-phi`, label: 'ip.nav.claims' },
      { to: `${IP_BASE}/ocop`, label: 'ip.nav.ocop' },
    );
  }
  if (roles.includes('officer')) {
    out.push(
      { to: `${IP_BASE}/tiep-nhan`, label: 'ip.nav.triage' },
      { to: `${IP_BASE}/ho-so`, label: 'ip.nav.dossiers' },
      { to: `${IP_BASE}/den-han`, label: 'ip.nav.due' },
      { to: `${IP_BASE}/tro-cap`, label: 'ip.nav.subsidyQueue' },
      { to: `${IP_BASE}/ocop-tien-do`, label: 'ip.nav.ocopPipeline' },
    );
  }
  if (roles.includes('admin')) out.push({ to: `${IP_BASE}/quan-tri`, label: 'ip.nav.admin' });
  return out;
}

/** The entry point of the module for the header menus: a business's requests, an officer's triage queue. */
export function ipEntry(roles: readonly Role[]): IpSection | null {
  return ipSections(roles)[0] ?? null;
}
