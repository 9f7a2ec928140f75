import type { ClinicalCase } from '../../schemas/catalog.js';
import { cancerCases } from './cancer.js';
import { contraindicationCases } from './contraindications.js';
import { headacheCases } from './headache.js';
import { instrumentCases } from './instruments.js';
import { jointAndFractureCases } from './joints-and-fractures.js';
import { neuromodulationCases } from './neuromodulation.js';
import { preferenceCases } from './preferences.js';
import { primaryPainAndAgeCases } from './primary-pain-and-age.js';
import { redFlagCases } from './red-flags.js';
import { spineCases } from './spine.js';

/**
 * The default catalog's stored clinical test cases, one topic a file. Each pins a piece of the
 * clinical-safety behaviour at its boundary, with the reasoning (`note`) and the guidance
 * behind it (`source`). Publishing is refused while any fails.
 */
export const cases: ClinicalCase[] = [
  ...redFlagCases,
  ...preferenceCases,
  ...spineCases,
  ...neuromodulationCases,
  ...jointAndFractureCases,
  ...headacheCases,
  ...cancerCases,
  ...primaryPainAndAgeCases,
  ...contraindicationCases,
  ...instrumentCases,
];
