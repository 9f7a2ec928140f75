import { type Draft } from '@painpath/ui';

/** What matters most (values clarification). Kept in draft.ui; it never changes the result. */
export const VALUE_FACTORS = [
  { key: 'avoid-procedures', label: 'Avoiding procedures such as injections or operations' },
  { key: 'quick-relief', label: 'Getting relief quickly' },
  { key: 'lasting-relief', label: 'Relief that lasts a long time' },
  { key: 'few-side-effects', label: 'Having as few side effects and risks as possible' },
  { key: 'self-management', label: 'Being able to manage my pain myself' },
  { key: 'few-visits', label: 'Needing as few appointments as possible' },
] as const;

export const IMPORTANCE = [
  { value: 'not', label: 'Not important' },
  { value: 'a-little', label: 'A little important' },
  { value: 'quite', label: 'Quite important' },
  { value: 'very', label: 'Very important' },
] as const;

/** The SURE test (Légaré), in our own plain words: four yes/no questions. */
export const SURE_QUESTIONS = [
  { key: 'sure', text: 'Do you feel sure about the best choice for you?' },
  { key: 'understand', text: 'Do you know the benefits and risks of each option?' },
  { key: 'values', text: 'Are you clear about which benefits and risks matter most to you?' },
  { key: 'support', text: 'Do you have enough support and advice to make a choice?' },
] as const;

export const valueKey = (factor: string) => `values.${factor}`;
export const sureKey = (question: string) => `sure.${question}`;

export function importanceLabel(ui: Draft['ui'], factor: string): string | undefined {
  const value = ui[valueKey(factor)];
  return IMPORTANCE.find((level) => level.value === value)?.label;
}

export function sureAnswer(ui: Draft['ui'], question: string): 'yes' | 'no' | undefined {
  const value = ui[sureKey(question)];
  return value === 'yes' || value === 'no' ? value : undefined;
}

/** How many SURE questions have an answer, and how many of those are "yes". */
export function sureTally(ui: Draft['ui']): { answered: number; yes: number } {
  const answers = SURE_QUESTIONS.map((question) => sureAnswer(ui, question.key));
  return { answered: answers.filter(Boolean).length, yes: answers.filter((a) => a === 'yes').length };
}
