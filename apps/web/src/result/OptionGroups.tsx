import type { OptionStatus } from '@painpath/core';
import { OptionCard } from './OptionCard.tsx';
import { STATUS_ORDER, STATUS_TEXT } from './statuses.ts';
import type { ShownOption } from './types.ts';

function Group({ status, options }: { status: OptionStatus; options: ShownOption[] }) {
  const text = STATUS_TEXT[status];
  const cards = (
    <div className="option-cards">
      {options.map((shown) => (
        <OptionCard key={shown.option.treatment} shown={shown} />
      ))}
    </div>
  );
  const collapsed = status === 'not-indicated';
  return (
    <section className="option-group" aria-labelledby={`group-${status}`}>
      <h3 id={`group-${status}`} className="option-group__title">
        {text.label} ({options.length})
      </h3>
      <p>{text.meaning}</p>
      {collapsed ? (
        // Often the longest group and the least useful: collapsed, its reasons one click away.
        <details className="option-group__details">
          <summary>Show {options.length === 1 ? 'this option' : `these ${options.length} options`}</summary>
          {cards}
        </details>
      ) : (
        cards
      )}
    </section>
  );
}

/** Every option, grouped by status: the ones on offer first, then the ones not offered with their reasons. */
export function OptionGroups({ options }: { options: ShownOption[] }) {
  return (
    <div className="option-groups">
      {STATUS_ORDER.map((status) => {
        const inGroup = options.filter((shown) => shown.option.status === status);
        return inGroup.length > 0 ? <Group key={status} status={status} options={inGroup} /> : null;
      })}
    </div>
  );
}

/** The options in display order: by status, then as the engine ordered them. */
export function orderedOptions(options: ShownOption[]): ShownOption[] {
  return STATUS_ORDER.flatMap((status) => options.filter((shown) => shown.option.status === status));
}
