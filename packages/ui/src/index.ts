export { Markdown, markdownReady } from './Markdown.tsx';
export { TreatmentBackground, TreatmentDetails, TreatmentOverview, treatmentTexts } from './TreatmentDetails.tsx';
export { GlossaryNotes } from './GlossaryNotes.tsx';
export { glossaryTermsIn } from './glossary.ts';
export { formatLongDate, INVASIVENESS_LABELS, INVASIVENESS_SHORT } from './format.ts';
