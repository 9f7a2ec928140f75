import type { Catalog } from '../schemas/catalog.js';
import { cases } from './cases/index.js';
import { conditions } from './conditions.js';
import { criteria } from './criteria/index.js';
import { treatments } from './treatments/index.js';

/** The clinical content PainPath ships with; the API seeds it as the first published version. */
export const defaultCatalog: Catalog = {
  schemaVersion: 1,
  treatments,
  conditions,
  criteria,
  cases,
  disclaimers: [
    'This gives you general facts to help you get ready to talk with your clinician. It is not a diagnosis or a ' +
      'treatment plan.',
    'Get medical help straight away if your pain suddenly gets much worse. Do the same if you have new weakness or ' +
      'numbness, or trouble with your bladder or bowels.',
  ],
};
