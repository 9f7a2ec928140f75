import type { Evidence, Issue } from '@painpath/core';
import { issuesAt } from './criterion-checks.ts';
import { TextArea, TextInput } from './form-fields.tsx';

/** Empty optional texts are left out, as the schema wants them absent rather than blank. */
function withOptional(evidence: Evidence, key: 'url' | 'note', text: string): Evidence {
  const { [key]: _dropped, ...rest } = evidence;
  return text === '' ? rest : { ...rest, [key]: text };
}

/** The sources behind a criterion: each with its source, an https link and a note. */
export function EvidenceEditor(props: {
  evidence: readonly Evidence[];
  onChange: (next: Evidence[]) => void;
  issues: Issue[];
}) {
  const { evidence, onChange } = props;
  const replace = (index: number, next: Evidence) => onChange(evidence.map((e, i) => (i === index ? next : e)));
  return (
    <fieldset className="criterion__evidence">
      <legend>Evidence</legend>
      {evidence.length === 0 && <p className="field__hint">No source cited yet.</p>}
      {evidence.map((item, index) => {
        const at = (field: string) => issuesAt(props.issues, `evidence.${index}.${field}`);
        return (
          <fieldset key={index} className="criterion__source">
            <legend>Source {index + 1}</legend>
            <TextInput
              label="Source"
              hint="Guideline and section, trial or review"
              value={item.source}
              issues={at('source')}
              onChange={(source) => replace(index, { ...item, source })}
            />
            <TextInput
              label="Link (https)"
              value={item.url ?? ''}
              issues={at('url')}
              onChange={(url) => replace(index, withOptional(item, 'url', url))}
            />
            <TextArea
              label="Note"
              value={item.note ?? ''}
              issues={at('note')}
              onChange={(note) => replace(index, withOptional(item, 'note', note))}
            />
            <button
              type="button"
              className="button button--danger"
              onClick={() => onChange(evidence.filter((_, i) => i !== index))}
            >
              Remove source {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...evidence, { source: '' }])}
      >
        Add source
      </button>
    </fieldset>
  );
}
