import type { RecordKind } from './kinds.ts';

export function RecordEditorPage({ kind, recordKey }: { kind: RecordKind; recordKey: string | null }) {
  return (
    <h1>
      {kind} {recordKey ?? 'new'}
    </h1>
  );
}
