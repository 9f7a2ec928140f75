import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../auth/current-user.tsx';
import { RequireRole } from '../../auth/RequireRole.tsx';
import { can } from '../../auth/session.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { DeactivateDialog } from './DeactivateDialog.tsx';
import { UserRow } from './UserRow.tsx';
import {
  unlockAccount,
  updateAccount,
  userKeys,
  usersQuery,
  type AccountChange,
  type StaffAccount,
} from './users-api.ts';
import './users.css';

export function UsersPage() {
  return (
    <RequireRole allowed={can.manageUsers}>
      <UsersAdmin />
    </RequireRole>
  );
}

type Action =
  | { kind: 'update'; account: StaffAccount; change: AccountChange; done: string }
  | { kind: 'unlock'; account: StaffAccount };

function UsersAdmin() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const users = useQuery(usersQuery);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<StaffAccount | null>(null);

  const act = useMutation({
    mutationFn: async (action: Action) => {
      if (action.kind === 'unlock') await unlockAccount(action.account.id);
      else await updateAccount(action.account, action.change);
    },
    onSuccess: (_result, action) => {
      setConfirming(null);
      setMessage({
        ok: true,
        text: action.kind === 'unlock' ? `${action.account.name} can sign in again.` : action.done,
      });
    },
    onError: (error, action) => {
      if (action.kind === 'update' && action.change.active === false) return; // shown in the dialog
      setMessage({ ok: false, text: `${action.account.name}: ${error.message}` });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });

  return (
    <section>
      <h1>Users</h1>
      <p className="users-lead">
        Staff accounts of the CMS. Changing a role or deactivating an account signs that person out.
      </p>
      {message && (
        <p className={`notice ${message.ok ? 'notice--ok' : 'notice--error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {users.isPending ? (
        <p role="status">Loading the accounts…</p>
      ) : users.isError ? (
        <div className="notice notice--error" role="alert">
          <p>The accounts could not be loaded: {users.error.message}</p>
          <button type="button" className="button button--secondary" onClick={() => void users.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <table className="table users-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((account) => (
              <UserRow
                key={account.id}
                account={account}
                isMe={account.id === me.id}
                busy={act.isPending && act.variables.account.id === account.id}
                onRole={(role) =>
                  act.mutate({
                    kind: 'update',
                    account,
                    change: { role },
                    done: `${account.name} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`,
                  })
                }
                onReactivate={() =>
                  act.mutate({
                    kind: 'update',
                    account,
                    change: { active: true },
                    done: `${account.name} can sign in again.`,
                  })
                }
                onDeactivate={() => {
                  act.reset();
                  setConfirming(account);
                }}
                onUnlock={() => act.mutate({ kind: 'unlock', account })}
              />
            ))}
          </tbody>
        </table>
      )}
      <CreateUserForm
        onCreated={(account) =>
          setMessage({ ok: true, text: `Account created for ${account.name} (${account.role}).` })
        }
      />
      <DeactivateDialog
        account={confirming}
        busy={act.isPending}
        error={confirming && act.isError ? act.error.message : null}
        onCancel={() => setConfirming(null)}
        onConfirm={(account) =>
          act.mutate({
            kind: 'update',
            account,
            change: { active: false },
            done: `${account.name} is deactivated and signed out.`,
          })
        }
      />
    </section>
  );
}
