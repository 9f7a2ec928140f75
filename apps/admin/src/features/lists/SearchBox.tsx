import { useEffect, useId, useRef, useState } from 'react';

const DEBOUNCE_MS = 300;

/** A search field that reports what was typed after a short pause, and follows the address when it changes. */
export function SearchBox({ label, value, onSearch }: { label: string; value: string; onSearch: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);

  // Back/forward or a link changed the search: show it (unless it is what was just typed).
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const q = text.trim();
    if (q === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = q;
      onSearch(q);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);

  return (
    <div className="field list-filters__search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
      />
    </div>
  );
}
