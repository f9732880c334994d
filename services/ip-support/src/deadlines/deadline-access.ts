// Who sees which deadlines: officers and admins all; a business only its organisation's.
import { hasRole, type Actor } from '../shared/actor.js';
import { forbidden } from '../shared/problems.js';

export const isOfficer = (actor: Actor) => hasRole(actor, 'officer', 'admin');

export function assertOfficer(actor: Actor): void {
  if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ Sở được xem mục này.', 'Only Department officers may see this.');
}

export function assertAdmin(actor: Actor): void {
  if (!hasRole(actor, 'admin'))
    throw forbidden('Chỉ quản trị viên được thay đổi bảng này.', 'Only administrators may change this table.');
}

/** The organisation whose deadlines the actor may read: their own, or any for officers. */
export function organisationFor(actor: Actor, requested: string | undefined): string {
  if (isOfficer(actor)) {
    if (requested) return requested;
    throw forbidden('Hãy chọn một tổ chức.', 'Choose an organisation.');
  }
  if (!actor.organisationId)
    throw forbidden('Tài khoản không thuộc tổ chức nào.', 'The account belongs to no organisation.');
  if (requested && requested !== actor.organisationId) {
    throw forbidden('Chỉ xem được thời hạn của tổ chức mình.', "Only your own organisation's deadlines can be seen.");
  }
  return actor.organisationId;
}
