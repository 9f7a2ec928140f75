import { useState } from 'react';
import { ROLE_LABELS } from '../../layout/AppHeader.tsx';
import type { StaffAccount } from './users-api.ts';

const ROLES = ['editor', 'reviewer', 'admin'] as const;
const formatTime = (date: Date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** One account with its role change, deactivate/reactivate and unlock. Your own role and account cannot be taken away here. */
export function UserRow({
  account,
  isMe,
  busy,
  onRole,
  onDeactivate,
  onReactivate,
  onUnlock,
}: {
  account: StaffAccount;
  isMe: boolean;
  busy: boolean;
  onRole: (role: StaffAccount['role']) => void;
  onDeactivate: () => void;
  onReactivate: () => void;
  onUnlock: () => void;
}) {
  const [role, setRole] = useState(account.role);
  const lockedUntil = account.lockedUntil ? new Date(account.lockedUntil) : null;
  const selectId = `role-${account.id}`;
  return (
    <tr>
      <th scope="row">
        {account.name}
        {isMe && <span className="users-you"> (you)</span>}
      </th>
      <td>{account.email}</td>
      <td>
        {isMe ? (
          ROLE_LABELS[account.role]
        ) : (
          <div className="users-role">
            <label htmlFor={selectId} className="visually-hidden">
              Role of {account.name}
            </label>
            <select
              id={selectId}
              className="select"
              value={role}
              onChange={(event) => setRole(event.target.value as StaffAccount['role'])}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy || role === account.role}
              onClick={() => onRole(role)}
            >
              Change role<span className="visually-hidden"> of {account.name}</span>
            </button>
          </div>
        )}
      </td>
      <td>
        {account.active ? <span className="badge badge--new">Active</span> : <span className="badge">Deactivated</span>}
        {lockedUntil && (
          <span className="badge badge--deleted users-locked">Locked until {formatTime(lockedUntil)}</span>
        )}
      </td>
      <td>
        <div className="users-actions">
          {lockedUntil && (
            <button type="button" className="button button--secondary" disabled={busy} onClick={onUnlock}>
              Unlock<span className="visually-hidden"> {account.name}</span>
            </button>
          )}
          {!isMe &&
            (account.active ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={onDeactivate}>
                Deactivate<span className="visually-hidden"> {account.name}</span>
              </button>
            ) : (
              <button type="button" className="button button--secondary" disabled={busy} onClick={onReactivate}>
                Reactivate<span className="visually-hidden"> {account.name}</span>
              </button>
            ))}
        </div>
      </td>
    </tr>
  );
}
