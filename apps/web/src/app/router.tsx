import { createBrowserRouter } from 'react-router';
import { SignedIn } from './layouts/signed-in';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** Every screen is its own chunk, loaded when first visited. */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/sign-in',
      errorElement: <RouteError />,
      lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
    },
    {
      path: '/forgot-password',
      errorElement: <RouteError />,
      lazy: async () => ({
        Component: (await import('./routes/forgot-password')).ForgotPasswordRoute,
      }),
    },
    {
      path: '/set-password',
      errorElement: <RouteError />,
      lazy: async () => ({ Component: (await import('./routes/set-password')).SetPasswordRoute }),
    },
    {
      element: <SignedIn />,
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
