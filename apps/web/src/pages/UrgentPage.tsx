export function UrgentPage() {
  return <h1>Get help now</h1>;
}
