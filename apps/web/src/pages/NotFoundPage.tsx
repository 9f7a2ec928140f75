import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <div className="readable">
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </div>
  );
}
