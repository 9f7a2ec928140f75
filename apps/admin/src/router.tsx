import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFound } from './layout/NotFound.tsx';
import { RouteLoading } from './layout/RouteLoading.tsx';
import { RecordList } from './features/lists/RecordList.tsx';
import { RECORD_KINDS, type RecordKind } from './features/records/kinds.ts';
import { parseListSearch } from './features/lists/list-search.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

// The lists are the first screen after signing in and stay in the entry chunk; every other screen
// (the editors with the rule builder, the test bench, publish...) is its own chunk, fetched when
// its route is first opened or a link to it is hovered (defaultPreload: 'intent').
const RecordEditorPage = lazyRouteComponent(
  () => import('./features/records/RecordEditorPage.tsx'),
  'RecordEditorPage',
);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFound,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // TanStack Router redirects by throwing its own redirect object.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: '/$kind', params: { kind: 'treatments' } });
  },
});

const isKind = (kind: string): kind is RecordKind => (RECORD_KINDS as readonly string[]).includes(kind);

/** /treatments, /conditions, /criteria, /cases: one list screen, told its kind by the address. */
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$kind',
  params: {
    parse: ({ kind }) => {
      if (!isKind(kind)) throw new Error(`not a record kind: ${kind}`);
      return { kind };
    },
    stringify: ({ kind }) => ({ kind }),
  },
  // Search, filters, sort and page live in the address, so back/forward and reload keep them.
  validateSearch: parseListSearch,
  component: function ListScreen() {
    const { kind } = listRoute.useParams();
    return <RecordList kind={kind} />;
  },
});

/** /treatments/new or /treatments/<key>: the editor of one record. */
const editorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$kind/$key',
  params: {
    parse: ({ kind, key }) => {
      if (!isKind(kind)) throw new Error(`not a record kind: ${kind}`);
      return { kind, key };
    },
    stringify: ({ kind, key }) => ({ kind, key }),
  },
  component: function EditorScreen() {
    const { kind, key } = editorRoute.useParams();
    return <RecordEditorPage key={`${kind}/${key}`} kind={kind} recordKey={key === 'new' ? null : key} />;
  },
});

const testBenchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'test-bench',
  component: lazyRouteComponent(() => import('./features/test-bench/TestBenchPage.tsx'), 'TestBenchPage'),
});
const publishRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'publish',
  component: lazyRouteComponent(() => import('./features/publish/PublishPage.tsx'), 'PublishPage'),
});
const historyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'history',
  component: lazyRouteComponent(() => import('./features/history/HistoryPage.tsx'), 'HistoryPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'audit',
  component: lazyRouteComponent(() => import('./features/audit/AuditPage.tsx'), 'AuditPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'users',
  component: lazyRouteComponent(() => import('./features/users/UsersPage.tsx'), 'UsersPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  testBenchRoute,
  publishRoute,
  historyRoute,
  auditRoute,
  usersRoute,
  listRoute,
  editorRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    basepath: '/admin',
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: RouteLoading,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
