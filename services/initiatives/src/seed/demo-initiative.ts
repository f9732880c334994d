// The shape of one demo initiative in the seed's data files.
import type { DemoUnitKey } from './demo-units.js';

export interface DemoInitiative {
  title: string;
  unit: DemoUnitKey;
  /** the authors' department or team inside the organisation */
  department: string;
  field: string;
  /** [full name, share %] — shares add up to 100 */
  authors: [string, number][];
  problem: string;
  solution: string;
  novelty: string;
  place: string;
  /** first application, YYYY-MM-DD */
  since: string;
  benefitVnd: number | null;
  benefit: string;
}

export const initiative = (
  title: string,
  unit: DemoUnitKey,
  department: string,
  field: string,
  authors: [string, number][],
  text: {
    problem: string;
    solution: string;
    novelty: string;
    place: string;
    since: string;
    benefitVnd: number | null;
    benefit: string;
  },
): DemoInitiative => ({ title, unit, department, field, authors, ...text });
