import type { Criterion } from '@painpath/core';
import type { Path } from 'react-hook-form';
import { CriterionFields } from '../criteria/CriterionFields.tsx';
import type { RecordView } from './record-api.ts';
import { useRecordEditor } from './useRecordEditor.ts';
import { EditorShell } from './EditorShell.tsx';
import { flattenErrors } from './form-errors.ts';

export const CRITERION_LABELS: Record<keyof Criterion, string> = {
  id: 'Id',
  title: 'Title',
  rationale: 'Rationale',
  evidence: 'Evidence',
  priority: 'Priority',
  when: 'Rule (when it applies)',
  then: 'Effects',
};

const blankCriterion = (): Criterion => ({
  id: '',
  title: '',
  rationale: '',
  evidence: [],
  priority: 100,
  when: { all: [] },
  then: [],
});

/** The criterion's fields are the rule builder's (features/criteria); this wires them to saving. */
export function CriterionEditor({ view }: { view: RecordView<Criterion> | null }) {
  const editor = useRecordEditor('criteria', view, blankCriterion());
  const { form } = editor;
  const value = form.watch();
  const attempted = form.formState.submitCount > 0;
  const issues = attempted ? flattenErrors(form.formState.errors) : editor.serverIssues;
  const onChange = (next: Criterion) => {
    for (const [field, fieldValue] of Object.entries(next) as [Path<Criterion>, unknown][]) {
      if (fieldValue !== form.getValues(field)) {
        form.setValue(field, fieldValue as never, { shouldDirty: true, shouldValidate: attempted });
      }
    }
  };
  return (
    <EditorShell editor={editor} labels={CRITERION_LABELS} title={view?.record.title ?? 'New criterion'}>
      <CriterionFields value={value} onChange={onChange} issues={issues} idEditable={view === null} />
    </EditorShell>
  );
}
