import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layouts/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** Every screen is its own chunk, loaded when first visited. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }),
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ]);
}
