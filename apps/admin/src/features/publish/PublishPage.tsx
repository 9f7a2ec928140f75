export function PublishPage() {
  return <h1>Publish</h1>;
}
