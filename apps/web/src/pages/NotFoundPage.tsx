import { Link } from 'wouter';
import { usePage } from './form/usePage.ts';

export function NotFoundPage() {
  usePage('Page not found');
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
