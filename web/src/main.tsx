import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { onUnauthorized } from './api/client';
import { createAppRouter } from './app/router';
import { dropSession, sessionKey } from './auth/session';
import './ui/styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// Any 401 means the server ended the session (idle, expired, signed out elsewhere): drop what the
// page holds and go back to sign-in, saying why.
onUnauthorized(() => {
  if (queryClient.getQueryData(sessionKey) === null) return;
  dropSession(queryClient, 'Your session has ended. Please sign in again.');
});

const router = createAppRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
