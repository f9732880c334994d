// problem+json for a checklist item whose signatures do not allow acceptance (422, stable codes).
import { ProblemError } from '@sti/platform';
import { type AcceptanceBlock, acceptanceBlockText } from './signature-acceptance.js';

export function acceptanceBlockedProblem(block: AcceptanceBlock): ProblemError {
  return new ProblemError({
    status: 422,
    code: block.code,
    message: acceptanceBlockText(block),
    extensions: { documentId: block.documentId },
  });
}
