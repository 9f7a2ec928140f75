export function QuestionPage({ stepId }: { stepId: string }) {
  return <h1>Question {stepId}</h1>;
}
