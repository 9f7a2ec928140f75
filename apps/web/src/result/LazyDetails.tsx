import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is only built once it is opened: a result lists up to twenty options
 * not on offer, and rendering all their content up front slows the page on a phone.
 */
export function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
