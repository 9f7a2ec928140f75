import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import * as z from 'zod/mini';
import { ApiError } from '../../api/client.ts';
import { ROLE_LABELS } from '../../layout/AppHeader.tsx';
import { createAccount, userKeys, type Account } from './users-api.ts';

const ROLES = ['editor', 'reviewer', 'admin'] as const;
const FIELD_LABELS = { name: 'Name', email: 'Email', role: 'Role', password: 'Password' } as const;
type Field = keyof typeof FIELD_LABELS;

// The API's rules (apps/api users.controller.ts); it also refuses weak passwords, which only it can judge.
const NewAccountSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(120, 'Name must be at most 120 characters')),
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter an email address'),
      z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address like name@example.org'),
    ),
  role: z.enum(ROLES),
  password: z
    .string()
    .check(
      z.minLength(12, 'Password must be at least 12 characters'),
      z.maxLength(1024, 'Password must be at most 1024 characters'),
    ),
});
type NewAccountInput = z.infer<typeof NewAccountSchema>;

const isField = (path: string): path is Field => path in FIELD_LABELS;

export function CreateUserForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewAccountInput>({
    resolver: standardSchemaResolver(NewAccountSchema),
    defaultValues: { name: '', email: '', role: 'editor', password: '' },
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: createAccount,
    onSuccess: async (account) => {
      form.reset();
      setFailure(null);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onCreated(account);
    },
    onError: (error) => {
      const issues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
      for (const issue of issues) {
        // The API's messages follow the field's name ("is too easy to guess…").
        if (isField(issue.path)) form.setError(issue.path, { message: `${FIELD_LABELS[issue.path]} ${issue.message}` });
      }
      setFailure(issues.some((i) => isField(i.path)) ? null : error.message);
    },
  });

  const field = (name: Field, control: (props: object) => ReactNode, hint?: string) => {
    const error: FieldError | undefined = errors[name];
    const describedBy = [hint && `${id}-${name}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{FIELD_LABELS[name]}</label>
        {hint && (
          <span className="field__hint" id={`${id}-${name}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="field__error" id={`${id}-${name}-error`}>
            {error.message}
          </span>
        )}
        {control({
          id: `${id}-${name}`,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy || undefined,
          ...form.register(name),
        })}
      </div>
    );
  };

  return (
    <form
      className="create-user"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void form.handleSubmit((input) => create.mutate(input))(event)}
    >
      <h2 id={`${id}-title`}>Add a staff account</h2>
      {failure && (
        <p className="notice notice--error" role="alert">
          The account was not created: {failure}
        </p>
      )}
      <div className="create-user__grid">
        {field('name', (props) => (
          <input className="input" autoComplete="off" {...props} />
        ))}
        {field('email', (props) => (
          <input className="input" type="email" autoComplete="off" spellCheck={false} {...props} />
        ))}
        {field('role', (props) => (
          <select className="select" {...props}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        ))}
        {field(
          'password',
          (props) => (
            <input className="input" type="password" autoComplete="new-password" {...props} />
          ),
          'At least 12 characters. Common or easily guessed passwords are refused; four or more unrelated words work well.',
        )}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
