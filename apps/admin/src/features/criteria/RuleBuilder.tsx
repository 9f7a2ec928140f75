import type { Catalog, RuleCondition } from '@painpath/core';
import { useMemo, useState } from 'react';
import { prepareRuleGroup, QueryBuilder, type RuleGroupType, type RuleType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import {
  AddGroupAction,
  AddRuleAction,
  CombinatorSelector,
  FieldSelector,
  NotToggle,
  OperatorSelector,
  RemoveGroupAction,
  RemoveRuleAction,
  ValueEditor,
  type BuilderContext,
} from './builder-controls.tsx';
import { builderFields, defaultValue, fitValues, operatorChoices } from './facts.ts';
import { fromQuery, toQuery } from './rule-adapter.ts';
import { sameJson } from './same-json.ts';

const FIELDS = builderFields();
const COMBINATORS = [
  { name: 'and', value: 'and', label: 'all of' },
  { name: 'or', value: 'or', label: 'any of' },
];
const TRANSLATIONS = {
  addRule: { label: 'Add condition', title: 'Add condition' },
  addGroup: { label: 'Add group', title: 'Add group' },
  removeRule: { label: 'Remove', title: 'Remove' },
  removeGroup: { label: 'Remove group', title: 'Remove group' },
};
const CONTROLS = {
  fieldSelector: FieldSelector,
  operatorSelector: OperatorSelector,
  combinatorSelector: CombinatorSelector,
  valueEditor: ValueEditor,
  notToggle: NotToggle,
  addRuleAction: AddRuleAction,
  addGroupAction: AddGroupAction,
  removeRuleAction: RemoveRuleAction,
  removeGroupAction: RemoveGroupAction,
};

const getOperators = (field: string) => operatorChoices(field);
const getDefaultOperator = (field: string) => operatorChoices(field)[0]?.name ?? 'eq';

interface Synced {
  query: RuleGroupType;
  /** The rule this query stands for: the last one sent up, or the one last received. */
  rule: RuleCondition;
}

const sync = (rule: RuleCondition): Synced => ({ query: prepareRuleGroup(toQuery(rule)), rule });

/** The visual editor of a criterion's `when`, over react-querybuilder with core's rule AST. */
export function RuleBuilder(props: {
  rule: RuleCondition;
  onChange: (rule: RuleCondition) => void;
  catalog: Catalog | undefined;
  criterionId: string;
}) {
  const { rule, onChange, catalog, criterionId } = props;
  const [synced, setSynced] = useState(() => sync(rule));
  // A rule changed from outside (a merge, "take theirs") replaces the query; our own echo does not.
  if (rule !== synced.rule && !sameJson(rule, synced.rule)) setSynced(sync(rule));

  const context = useMemo<BuilderContext>(() => ({ catalog, criterionId }), [catalog, criterionId]);
  const getDefaultValue = (r: RuleType) => defaultValue(r.field, r.operator, catalog);

  const handleQueryChange = (changed: RuleGroupType) => {
    const query = fitValues(changed);
    const next = fromQuery(query);
    setSynced({ query, rule: next });
    onChange(next);
  };

  return (
    <div className="rule-builder">
      <QueryBuilder
        fields={FIELDS}
        query={synced.query}
        onQueryChange={handleQueryChange}
        combinators={COMBINATORS}
        getOperators={getOperators}
        getDefaultOperator={getDefaultOperator}
        getDefaultValue={getDefaultValue}
        controlElements={CONTROLS}
        translations={TRANSLATIONS}
        context={context}
        showNotToggle
        enableMountQueryChange={false}
        accessibleDescriptionGenerator={({ path }) =>
          path.length === 0 ? 'The rule' : `Group ${path.map((i) => i + 1).join('.')}`
        }
      />
    </div>
  );
}
