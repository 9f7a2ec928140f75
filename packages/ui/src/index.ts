export { Markdown, markdownReady } from './Markdown.tsx';
export { TreatmentBackground, TreatmentDetails, TreatmentOverview, treatmentTexts } from './TreatmentDetails.tsx';
export { GlossaryNotes } from './GlossaryNotes.tsx';
export { glossaryTermsIn } from './glossary.ts';
export { formatLongDate, INVASIVENESS_LABELS, INVASIVENESS_SHORT } from './format.ts';
export { DraftSchema, EMPTY_DRAFT, completeAnswers, type Draft } from './questions/draft.ts';
export { allSteps, applicableSteps, findStep, FIRST_STEP, prune, stepPath } from './questions/steps.ts';
export type {
  ChoiceField,
  CheckboxField,
  Field,
  FieldError,
  NumberField,
  Option,
  Step,
  StepContext,
  Values,
} from './questions/types.ts';
export { isEmergencySign, redFlagsCheckedStep, tickedSigns } from './questions/steps/warning-signs.ts';
export { conservativeTreatments, TRIED_PREFIX } from './questions/steps/treatments.ts';
