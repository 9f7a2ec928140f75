import { EVIDENCE as E, is } from '../dsl.js';
import { INTERVENTIONAL, effect, type Criterion } from './common.js';

// A preference is a value, not a contraindication (CONTRACT 1.1): these criteria only add notes.
// The engine and validateCatalog both refuse any other effect from a criterion that reads it.
export const preferenceCriteria: Criterion[] = [
  {
    id: 'preference-avoid-procedures',
    title: 'Prefers to avoid procedures',
    rationale:
      'Patient refusal rules out a procedure when the decision is made, but the aid still shows what guidance supports so the choice is informed and can be revisited. The preference adds a note; it never changes a status or the approach.',
    evidence: [E.chen],
    priority: 100,
    when: is('preference', 'avoid-procedures'),
    then: [
      effect.note(
        'You said you would rather avoid procedures. It is shown so you can weigh it up. The choice is yours, and you can change your mind.',
        INTERVENTIONAL,
      ),
    ],
  },
  {
    id: 'preference-fastest-relief',
    title: 'Wants the fastest relief',
    rationale: 'Speed of relief is a value to discuss; it never bypasses a stepped-care requirement of the guidance.',
    evidence: [E.ng59, E.ng193],
    priority: 100,
    when: is('preference', 'fastest-relief'),
    then: [
      effect.note(
        'You said quick relief matters most to you. Some steps have to come first, so a procedure is only tried when it is likely to help. Ask your care team what could ease the pain soonest.',
      ),
    ],
  },
];
