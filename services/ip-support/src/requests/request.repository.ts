// Reads and writes of support requests, and the one way a request changes state (row + event in the
// caller's transaction).
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import type { SupportRequest } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { Db } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound } from '../shared/problems.js';
import { assertCanSee } from './request-access.js';
import { requestEvents } from './request.events.js';
import { type RequestAction, type Side, transition } from './request-lifecycle.js';

/** The request if the actor may see it; 404 otherwise (someone else's request looks absent). */
export async function findVisibleRequest(db: Db, actor: Actor, id: string): Promise<SupportRequest> {
  const row = await db.supportRequest.findUnique({ where: { id } });
  if (!row) throw notFound(NAMES.request, id);
  assertCanSee(actor, row, NAMES.request, id);
  return row;
}

/** Locks the row for the rest of the transaction, so two officers cannot step on each other. */
export async function lockRequest(db: Db, id: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM support_requests WHERE id = ${id}::uuid FOR UPDATE`;
}

export function stateConflict(state: string, action: string) {
  return conflict(
    'request_state_conflict',
    `Không thể thực hiện "${action}" khi yêu cầu đang ở trạng thái "${state}".`,
    `Cannot ${action} a request that is ${state}.`,
    { state, action },
  );
}

/**
 * Moves the request with `action` (lifecycle rules), writes the new state, and its
 * RequestTransitioned event; returns the updated row. Throws 409 / 403 / 400 as the rules say.
 */
export async function applyTransition(
  tx: Db,
  request: SupportRequest,
  action: RequestAction,
  side: Side,
  actor: Actor,
  at: Date,
  extra: { reason?: string | null; data?: Partial<SupportRequest> } = {},
): Promise<SupportRequest> {
  const result = transition(request.state, action, side, extra.reason);
  if (!result.ok) {
    if (result.reason === 'reason_required')
      throw conflict('reason_required', 'Cần nêu lý do.', 'A reason is required for this step.', { action });
    if (result.reason === 'wrong_side')
      throw forbidden('Bạn không được thực hiện bước này.', 'This step is not yours to take.');
    throw stateConflict(request.state, action);
  }
  const updated = await tx.supportRequest.update({
    where: { id: request.id },
    data: {
      ...extra.data,
      state: result.to,
      ...(extra.reason !== undefined ? { stateReason: extra.reason } : {}),
      revision: { increment: 1 },
      updatedAt: at,
    },
  });
  await appendToOutbox(prismaTxExecutor(tx), [
    requestEvents.transitioned(updated, request.state, action, extra.reason ?? null, actor, at),
  ]);
  return updated;
}
