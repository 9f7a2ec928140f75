import type { Criterion, Issue } from '@painpath/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type JSX } from 'react';
import { draftCatalogQuery } from '../../api/queries.ts';
import { CaseMatchesPanel, ValidityPanel } from './CriterionChecks.tsx';
import { issuesAt, mergeIssues, schemaIssues } from './criterion-checks.ts';
import { EffectsEditor, type TreatmentChoice } from './EffectsEditor.tsx';
import { EvidenceEditor } from './EvidenceEditor.tsx';
import { NumberField, TextArea, TextInput } from './form-fields.tsx';
import { RuleBuilder } from './RuleBuilder.tsx';
import { useCaseMatches, useCatalogCheck, useSettled } from './use-criterion-checks.ts';
import './criteria.css';

type TopField = 'id' | 'title' | 'rationale' | 'priority';

/** Schema issues of a plain field appear once the field has been left; the server's at once. */
function useTouched() {
  const [touched, setTouched] = useState<ReadonlySet<TopField>>(new Set());
  const touch = (field: TopField) => () => {
    if (!touched.has(field)) setTouched(new Set([...touched, field]));
  };
  return { touched, touch };
}

/** Everything inside a criterion: its texts, evidence, the rule (visual builder) and the effects. */
export function CriterionFields(props: {
  value: Criterion;
  onChange: (next: Criterion) => void;
  issues: { path: string; message: string }[];
  /** True on a new criterion, whose id may still be chosen; otherwise the id is shown read-only. */
  idEditable?: boolean;
}): JSX.Element {
  const { value, onChange } = props;
  const draft = useQuery(draftCatalogQuery);
  const catalog = draft.data?.catalog;
  const { touched, touch } = useTouched();
  const set =
    <K extends keyof Criterion>(key: K) =>
    (next: Criterion[K]) =>
      onChange({ ...value, [key]: next });

  const schema = useMemo(() => schemaIssues(value), [value]);
  const settled = useSettled(value);
  const inCatalog = useCatalogCheck(catalog, settled);
  const live = mergeIssues(schema, inCatalog?.issues ?? []);
  const ruleIsValid = issuesAt(mergeIssues(schemaIssues(settled), inCatalog?.issues ?? []), 'when').length === 0;
  const matches = useCaseMatches(catalog, settled, ruleIsValid && inCatalog !== undefined);

  const fieldIssues = (field: TopField): Issue[] =>
    mergeIssues(issuesAt(props.issues, field), touched.has(field) ? issuesAt(schema, field) : []);
  const treatments: TreatmentChoice[] = useMemo(
    () => (catalog?.treatments ?? []).map((t) => ({ slug: t.slug, name: t.name })),
    [catalog],
  );

  return (
    <div className="criterion">
      {props.idEditable ? (
        <TextInput
          label="Id"
          hint="Lower-case words joined by hyphens; it cannot be changed once saved"
          value={value.id}
          issues={fieldIssues('id')}
          onBlur={touch('id')}
          onChange={set('id')}
        />
      ) : (
        <p className="criterion__id">
          Id: <code>{value.id}</code>
        </p>
      )}
      <TextInput
        label="Title"
        value={value.title}
        issues={fieldIssues('title')}
        onBlur={touch('title')}
        onChange={set('title')}
      />
      <TextArea
        label="Rationale"
        hint="Why it applies, with the guidance behind it"
        value={value.rationale}
        issues={fieldIssues('rationale')}
        onBlur={touch('rationale')}
        onChange={set('rationale')}
      />
      <NumberField
        label="Priority"
        hint="0 to 1000; higher runs first"
        min={0}
        max={1000}
        value={value.priority}
        issues={fieldIssues('priority')}
        onBlur={touch('priority')}
        onChange={set('priority')}
      />
      <EvidenceEditor
        evidence={value.evidence}
        onChange={set('evidence')}
        issues={mergeIssues(issuesAt(props.issues, 'evidence'), issuesAt(live, 'evidence'))}
      />

      <section className="criterion__section" aria-labelledby="criterion-rule-title">
        <h2 id="criterion-rule-title">Rule: when it applies</h2>
        {draft.isError && (
          <p className="notice notice--warning">
            The draft catalog could not be loaded, so other criteria, conditions and cases are not listed. Your rule is
            kept.{' '}
            <button type="button" className="button button--secondary" onClick={() => void draft.refetch()}>
              Try again
            </button>
          </p>
        )}
        <RuleBuilder rule={value.when} onChange={set('when')} catalog={catalog} criterionId={value.id} />
        <ValidityPanel
          issues={mergeIssues(props.issues, live)}
          elsewhere={inCatalog?.elsewhere}
          loading={draft.isPending}
        />
        <CaseMatchesPanel matches={matches} />
      </section>

      <section className="criterion__section" aria-labelledby="criterion-effects-title">
        <h2 id="criterion-effects-title">Effects: what it does when it applies</h2>
        <EffectsEditor
          effects={value.then}
          onChange={set('then')}
          treatments={treatments}
          issues={mergeIssues(issuesAt(props.issues, 'then'), issuesAt(live, 'then'))}
        />
      </section>
    </div>
  );
}
