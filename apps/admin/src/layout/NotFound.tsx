import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        This address is not part of the CMS. <Link to="/">Go to the treatments</Link>.
      </p>
    </section>
  );
}
