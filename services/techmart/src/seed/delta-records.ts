// The listings added with seed version 2 (which replaced the title variants of version 1): one
// listing per written-out record, published unless the record names another state.

import { DELTA_EQUIPMENT } from './delta-equipment.js';
import { DELTA_EXPERTS } from './delta-experts.js';
import { DELTA_NEEDS } from './delta-needs.js';
import { DELTA_TECHNOLOGIES } from './delta-technologies.js';
import type { ListingRecords } from './regional-catalogue.js';

export const DELTA_RECORDS: ListingRecords = {
  technologies: DELTA_TECHNOLOGIES,
  equipment: DELTA_EQUIPMENT,
  needs: DELTA_NEEDS,
  experts: DELTA_EXPERTS,
  mostlyPublished: true,
};
