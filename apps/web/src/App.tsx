import { Route, Switch } from 'wouter';
import { Layout } from './Layout.tsx';
import { StartPage } from './pages/StartPage.tsx';
import { QuestionPage } from './pages/QuestionPage.tsx';
import { CheckAnswersPage } from './pages/CheckAnswersPage.tsx';
import { UrgentPage } from './pages/UrgentPage.tsx';
import { ResultPage } from './result/ResultPage.tsx';
import { SavedSummaryPage } from './result/SavedSummaryPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

/** Every screen has its own address; answers never go in it (they stay in sessionStorage). */
export function App() {
  return (
    <Layout>
      <Switch>
        <Route path="/" component={StartPage} />
        <Route path="/questions/:step">{(params) => <QuestionPage stepId={params.step} />}</Route>
        <Route path="/check-answers" component={CheckAnswersPage} />
        <Route path="/urgent" component={UrgentPage} />
        <Route path="/result" component={ResultPage} />
        <Route path="/summary/:id">{(params) => <SavedSummaryPage id={params.id} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
