import { parseRubric } from '../rubric/rubric.parse.js';
import type { Rubric } from '../rubric/rubric.schema.js';
import { initiativeRubricInput } from './initiative-rubric.js';

export function initiativeRubric(): Rubric {
  const result = parseRubric(initiativeRubricInput());
  if (!result.ok) throw new Error(`fixture rubric is invalid: ${JSON.stringify(result.issues)}`);
  return result.rubric;
}
