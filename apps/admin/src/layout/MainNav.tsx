import { Link } from '@tanstack/react-router';
import { can, type StaffUser } from '../auth/session.ts';
import { KIND_LABELS, RECORD_KINDS } from '../features/records/kinds.ts';

/** The main navigation; pages a role may not use are left out (reaching them by address says "Not allowed"). */
export function MainNav({ user }: { user: StaffUser }) {
  return (
    <nav aria-label="Main" className="main-nav">
      <ul className="main-nav__list">
        {RECORD_KINDS.map((kind) => (
          <li key={kind}>
            <Link to="/$kind" params={{ kind }} className="main-nav__link">
              {KIND_LABELS[kind].plural}
            </Link>
          </li>
        ))}
        <li>
          <Link to="/test-bench" className="main-nav__link">
            Test bench
          </Link>
        </li>
        {can.publish(user) && (
          <li>
            <Link to="/publish" className="main-nav__link">
              Publish
            </Link>
          </li>
        )}
        <li>
          <Link to="/history" className="main-nav__link">
            History
          </Link>
        </li>
        {can.audit(user) && (
          <li>
            <Link to="/audit" className="main-nav__link">
              Audit log
            </Link>
          </li>
        )}
        {can.manageUsers(user) && (
          <li>
            <Link to="/users" className="main-nav__link">
              Users
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
