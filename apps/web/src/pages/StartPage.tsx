import { Link } from 'wouter';

export function StartPage() {
  return (
    <div className="readable">
      <h1>Explore treatment options for long-lasting pain</h1>
      <Link href="/questions/age" className="button button--start">
        Start now
      </Link>
    </div>
  );
}
