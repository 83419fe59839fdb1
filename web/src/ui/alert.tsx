import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** An error a user must notice: announced at once (role="alert"). */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div role="alert" className="alert error">
      {messageOf(error)}
    </div>
  );
}

export function Notice({ tone = 'info', children }: { tone?: 'info' | 'ok' | 'warn'; children: ReactNode }) {
  return <div className={`alert ${tone}`}>{children}</div>;
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
