import type { Catalog } from '../schemas/catalog.js';
import { cases } from './cases.js';
import { conditions } from './conditions.js';
import { criteria } from './criteria.js';
import { treatments } from './treatments.js';

/** The clinical content PainPath ships with; the API seeds it as the first published version. */
export const defaultCatalog: Catalog = {
  schemaVersion: 1,
  treatments,
  conditions,
  criteria,
  cases,
  disclaimers: [
    'This is general information to prepare for a conversation with your clinician, not a diagnosis or a treatment plan.',
    'If your pain suddenly gets much worse, or you notice new weakness, numbness, or problems with your bladder or bowels, get medical help straight away.',
  ],
};
