import type { RecordKind } from '../records/kinds.ts';

export function RecordList({ kind }: { kind: RecordKind }) {
  return <h1>{kind}</h1>;
}
