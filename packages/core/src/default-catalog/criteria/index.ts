import type { Criterion } from '../../schemas/catalog.js';
import { conservativeCriteria } from './conservative.js';
import { contraindicationCriteria } from './contraindications.js';
import { interventionalCriteria } from './interventional.js';
import { preferenceCriteria } from './preferences.js';
import { redFlagCriteria, youngPeople } from './red-flags.js';

/** The default criteria, one topic a file. Order here does not matter: the engine sorts by priority, then id. */
export const criteria: Criterion[] = [
  ...redFlagCriteria,
  ...youngPeople,
  ...contraindicationCriteria,
  ...conservativeCriteria,
  ...interventionalCriteria,
  ...preferenceCriteria,
];
