import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { StaffUser } from '../../auth/session.ts';
import { signIn, SignInRefused, SignInSchema, type SignInInput } from './sign-in.ts';
import './sign-in.css';

/**
 * Email, Password and "Sign in", used by the sign-in page and the session-ended dialog. A refused
 * sign-in shows the API's message in an error summary; the email stays as typed.
 */
export function SignInForm({
  defaultEmail = '',
  onSignedIn,
}: {
  defaultEmail?: string;
  onSignedIn: (user: StaffUser) => void;
}) {
  const id = useId();
  const [refused, setRefused] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<SignInInput>({
    resolver: standardSchemaResolver(SignInSchema),
    defaultValues: { email: defaultEmail, password: '' },
  });
  const fieldErrors = [
    { name: 'email', message: errors.email?.message },
    { name: 'password', message: errors.password?.message },
  ].filter((e): e is { name: 'email' | 'password'; message: string } => Boolean(e.message));
  const hasProblem = refused !== null || fieldErrors.length > 0;

  useEffect(() => {
    if (hasProblem) summary.current?.focus();
  }, [hasProblem, submitCount, refused]);

  const submit = async (input: SignInInput) => {
    setRefused(null);
    try {
      onSignedIn(await signIn(input));
    } catch (error) {
      const reason = error instanceof SignInRefused ? error : new SignInRefused('Signing in did not work. Try again.');
      for (const [name, message] of Object.entries(reason.fields)) setError(name as keyof SignInInput, { message });
      resetField('password');
      setRefused(reason.message);
    }
  };

  return (
    <form className="sign-in-form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {hasProblem && (
        <div
          className="notice notice--error"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby={`${id}-problem`}
        >
          <h2 id={`${id}-problem`} className="sign-in-form__problem">
            There is a problem
          </h2>
          {refused && <p>{refused}</p>}
          {fieldErrors.length > 0 && (
            <ul>
              {fieldErrors.map((e) => (
                <li key={e.name}>
                  <a href={`#${id}-${e.name}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        {errors.email && (
          <span className="field__error" id={`${id}-email-error`}>
            {errors.email.message}
          </span>
        )}
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          autoComplete="username"
          spellCheck={false}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          {...register('email')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        {errors.password && (
          <span className="field__error" id={`${id}-password-error`}>
            {errors.password.message}
          </span>
        )}
        <input
          id={`${id}-password`}
          className="input"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
          {...register('password')}
        />
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        Sign in
      </button>
    </form>
  );
}
