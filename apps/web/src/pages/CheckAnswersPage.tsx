export function CheckAnswersPage() {
  return <h1>Check your answers</h1>;
}
