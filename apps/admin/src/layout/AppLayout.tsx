import { Outlet } from '@tanstack/react-router';

export function AppLayout() {
  return (
    <main id="main">
      <Outlet />
    </main>
  );
}
