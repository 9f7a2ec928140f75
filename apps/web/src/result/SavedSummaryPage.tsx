export function SavedSummaryPage({ id }: { id: string }) {
  return <h1>Saved summary {id.length}</h1>;
}
