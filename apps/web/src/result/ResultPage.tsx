export function ResultPage() {
  return <h1>Your result</h1>;
}
