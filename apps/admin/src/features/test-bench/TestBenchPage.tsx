export function TestBenchPage() {
  return <h1>Test bench</h1>;
}
