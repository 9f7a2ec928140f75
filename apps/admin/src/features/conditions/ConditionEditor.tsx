import type { PainCondition } from '@painpath/core';
import { Markdown } from '@painpath/ui';
import type { RecordView } from '../records/record-api.ts';
import { useRecordEditor } from '../records/useRecordEditor.ts';
import { EditorShell } from '../records/EditorShell.tsx';
import { EvidenceList, Select, TextArea, TextInput } from '../records/FormFields.tsx';

export const CONDITION_LABELS: Record<keyof PainCondition, string> = {
  slug: 'Slug',
  name: 'Name',
  summary: 'Summary',
  usualApproach: 'Where care usually starts',
  evidence: 'Evidence',
};

const USUAL_APPROACHES = [
  { value: 'conservative', label: 'Conservative' },
  { value: 'interventional', label: 'Interventional' },
  { value: 'either', label: 'Either' },
] as const;

const blankCondition = (): PainCondition => ({
  slug: '',
  name: '',
  summary: '',
  usualApproach: 'conservative',
  evidence: [],
});

export function ConditionEditor({ view }: { view: RecordView<PainCondition> | null }) {
  const editor = useRecordEditor('conditions', view, blankCondition());
  const { form } = editor;
  const values = form.watch();
  return (
    <EditorShell
      editor={editor}
      labels={CONDITION_LABELS}
      title={view?.record.name ?? 'New condition'}
      preview={
        <>
          <h3 className="editor__preview-title">{values.name || 'Untitled condition'}</h3>
          <Markdown source={values.summary ?? ''} />
        </>
      }
    >
      <TextInput
        form={form}
        name="slug"
        label="Slug"
        hint={
          view
            ? 'The permanent identifier; it cannot change.'
            : 'Lower-case words joined by hyphens, e.g. "low-back-pain".'
        }
        readOnly={view !== null}
      />
      <TextInput form={form} name="name" label="Name" />
      <TextArea
        form={form}
        name="summary"
        label="Summary"
        hint="Markdown: paragraphs, **bold**, *italic*, lists and https:// links."
      />
      <Select
        form={form}
        name="usualApproach"
        label="Where care usually starts"
        hint="Information only: criteria, not this field, decide a person's result."
        options={USUAL_APPROACHES}
      />
      <EvidenceList form={form} name="evidence" label="Evidence" hint="Links must be https://." />
    </EditorShell>
  );
}
