import type { Treatment } from '../../schemas/catalog.js';
import { physicalTherapy } from './physical-therapy.js';
import { medications } from './medications.js';
import { lifestyleModifications } from './lifestyle-modifications.js';
import { acupuncture } from './acupuncture.js';
import { massageTherapy } from './massage-therapy.js';
import { chiropracticCare } from './chiropractic-care.js';
import { psychologicalTherapy } from './psychological-therapy.js';
import { mindfulness } from './mindfulness.js';
import { corticosteroidInjection } from './corticosteroid-injection.js';
import { nerveBlock } from './nerve-block.js';
import { triggerPointInjection } from './trigger-point-injection.js';
import { botulinumToxin } from './botulinum-toxin.js';
import { radiofrequencyAblation } from './radiofrequency-ablation.js';
import { spinalCordStimulation } from './spinal-cord-stimulation.js';
import { intrathecalDrugDelivery } from './intrathecal-drug-delivery.js';
import { kyphoplasty } from './kyphoplasty.js';
import { discectomy } from './discectomy.js';
import { nerveDecompression } from './nerve-decompression.js';

/**
 * Default treatment catalog, one treatment a file: patient-facing content written in plain
 * language for a reading age of 9 to 11 (NHS guidance), with the medical terms it uses explained
 * in src/glossary.ts. Each entry gives benefits and downsides in equal detail, what the option is
 * like, and its sources, following the IPDAS qualifying and certifying items. Specialists edit
 * this content in the admin CMS; these files are only the starting point of a new installation.
 * The order here is the order of Recommendation.options: conservative options first.
 */
export const treatments: Treatment[] = [
  physicalTherapy,
  medications,
  lifestyleModifications,
  acupuncture,
  massageTherapy,
  chiropracticCare,
  psychologicalTherapy,
  mindfulness,
  corticosteroidInjection,
  nerveBlock,
  triggerPointInjection,
  botulinumToxin,
  radiofrequencyAblation,
  spinalCordStimulation,
  intrathecalDrugDelivery,
  kyphoplasty,
  discectomy,
  nerveDecompression,
];
