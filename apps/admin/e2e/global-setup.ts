import { startTestRun } from '@painpath/e2e/test-run';

// Each server's SQLite folder and Chromium's profile land in this run's folder in os.tmpdir(),
// painpath-admin-test-<pid>-XXXXXX, removed at the end; the next run removes it if this one is killed.
export default function setup() {
  const run = startTestRun('painpath-admin-test-');
  return () => run.end();
}
