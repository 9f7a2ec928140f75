import { INVASIVENESS, TREATMENT_APPROACHES, type Evidence, type Treatment } from '@painpath/core';
import { formatLongDate, INVASIVENESS_LABELS, TreatmentDetails } from '@painpath/ui';
import type { RecordView } from '../records/record-api.ts';
import { useRecordEditor } from '../records/useRecordEditor.ts';
import { EditorShell } from '../records/EditorShell.tsx';
import { EvidenceList, NumberInput, Select, StringList, TextArea, TextInput } from '../records/FormFields.tsx';
import { reviewIsStale, todayIso } from '../records/review.ts';

export const TREATMENT_LABELS: Record<keyof Treatment, string> = {
  slug: 'Slug',
  name: 'Name',
  approach: 'Approach',
  minimumAge: 'Minimum age',
  summary: 'Summary',
  whatItIsLike: 'What it is like',
  benefits: 'Possible benefits',
  downsides: 'Possible downsides',
  invasiveness: 'How invasive',
  timeToEffect: 'Time to take effect',
  durationOfRelief: 'How long relief lasts',
  uncertainty: 'What is not known',
  evidence: 'Evidence',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review',
};

const blankTreatment = (): Treatment => ({
  slug: '',
  name: '',
  approach: 'conservative',
  summary: '',
  benefits: [''],
  downsides: [''],
  whatItIsLike: '',
  invasiveness: 'none',
  timeToEffect: '',
  durationOfRelief: '',
  evidence: [{ source: '' }],
  lastReviewed: todayIso(),
});

const MARKDOWN_HINT = 'Markdown: paragraphs, **bold**, *italic*, lists and https:// links.';

/** Distinct non-empty entries: the preview lists each text once, as a patient would see it. */
const distinct = (texts: readonly string[]) => [...new Set(texts.filter((text) => text.trim() !== ''))];
const distinctEvidence = (items: readonly Evidence[]) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.source}|${item.url ?? ''}`;
    if (item.source.trim() === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The form's values as a patient would see them while they are being typed. */
function previewOf(values: Treatment): Treatment {
  return {
    ...values,
    benefits: distinct(values.benefits ?? []),
    downsides: distinct(values.downsides ?? []),
    evidence: distinctEvidence(values.evidence ?? []),
  };
}

function ReviewWarning({ lastReviewed }: { lastReviewed: string | undefined }) {
  if (!lastReviewed || !reviewIsStale(lastReviewed)) return null;
  return (
    <p className="notice notice--warning" role="status">
      Evidence last reviewed on {formatLongDate(lastReviewed)}, over two years ago: check it is still current.
    </p>
  );
}

export function TreatmentEditor({ view }: { view: RecordView<Treatment> | null }) {
  const editor = useRecordEditor('treatments', view, blankTreatment());
  const { form } = editor;
  const values = form.watch();
  const title = view?.record.name ?? 'New treatment';
  return (
    <EditorShell
      editor={editor}
      labels={TREATMENT_LABELS}
      title={title}
      preview={
        <>
          <h3 className="editor__preview-title">{values.name || 'Untitled treatment'}</h3>
          <TreatmentDetails treatment={previewOf(values)} headingLevel={4} />
        </>
      }
    >
      <h2>About the treatment</h2>
      <TextInput
        form={form}
        name="slug"
        label="Slug"
        hint={
          view
            ? 'The permanent identifier; it cannot change.'
            : 'Lower-case words joined by hyphens, e.g. "physical-therapy". It cannot change later.'
        }
        readOnly={view !== null}
      />
      <TextInput form={form} name="name" label="Name" />
      <div className="editor__row">
        <Select
          form={form}
          name="approach"
          label="Approach"
          options={TREATMENT_APPROACHES.map((value) => ({
            value,
            label: value === 'conservative' ? 'Conservative' : 'Interventional',
          }))}
        />
        <Select
          form={form}
          name="invasiveness"
          label="How invasive"
          options={INVASIVENESS.map((value) => ({ value, label: INVASIVENESS_LABELS[value] }))}
        />
        <NumberInput form={form} name="minimumAge" label="Minimum age in years (optional)" />
      </div>
      <TextArea form={form} name="summary" label="Summary" hint={MARKDOWN_HINT} />
      <TextArea form={form} name="whatItIsLike" label="What it is like" hint={MARKDOWN_HINT} />
      <StringList
        form={form}
        name="benefits"
        label="Possible benefits"
        itemName="Benefit"
        hint="Short markdown texts; give benefits and downsides equal detail."
      />
      <StringList form={form} name="downsides" label="Possible downsides" itemName="Downside" />
      <div className="editor__row">
        <TextInput form={form} name="timeToEffect" label="Time to take effect" />
        <TextInput form={form} name="durationOfRelief" label="How long relief lasts" />
      </div>
      <TextArea
        form={form}
        name="uncertainty"
        label="What is not known (optional)"
        hint={MARKDOWN_HINT}
        optional
        rows={3}
      />
      <h2>Evidence and review</h2>
      <EvidenceList
        form={form}
        name="evidence"
        label="Evidence"
        hint="The sources behind this content; links must be https://."
      />
      <div className="editor__row">
        <TextInput form={form} name="lastReviewed" label="Last reviewed" type="date" />
        <TextInput form={form} name="nextReview" label="Next review (optional)" type="date" optional />
      </div>
      <ReviewWarning lastReviewed={values.lastReviewed} />
    </EditorShell>
  );
}
