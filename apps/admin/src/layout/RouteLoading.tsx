/** Shown in place of a screen whose code is still loading (after the router's pending delay). */
export function RouteLoading() {
  return (
    <p className="app-loading" role="status">
      Loading…
    </p>
  );
}
