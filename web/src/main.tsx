import '@mantine/core/styles.css';
import './styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client.ts';
import { signIn } from './api/session.ts';
import { takeTokenFromFragment } from './lib/token-fragment.ts';
import { createAppRouter } from './router.tsx';

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'sm' });

const queryClient = createQueryClient(() => {
  const { pathname, href } = router.state.location;
  if (pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: href } });
});
const router = createAppRouter(queryClient);

/** A `/#token=` link signs in before the first page asks for anything (lib/token-fragment.ts). */
async function start(): Promise<void> {
  const token = takeTokenFromFragment(window.location, window.history);
  if (token !== undefined) {
    try {
      await signIn(token);
    } catch {
      const redirect = `${window.location.pathname}${window.location.search}`;
      await router.navigate({
        to: '/sign-in',
        search: { redirect, error: 'The sign-in link was not accepted.' },
      });
    }
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
