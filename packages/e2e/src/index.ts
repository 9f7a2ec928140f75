export { startProduct, REPO_ROOT, type RunningProduct } from './server.js';
export {
  launchBrowser,
  openPage,
  recordRequests,
  seriousA11yViolations,
  screenshot,
  CHROMIUM,
  PHONE,
  DESKTOP,
  TABLET,
  type TestBrowser,
  type AxeViolation,
} from './browser.js';
export { initialScripts, type InitialScripts } from './bundle.js';
