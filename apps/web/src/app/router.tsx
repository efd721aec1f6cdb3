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
        {
          path: 'deals',
          lazy: async () => ({ Component: (await import('./routes/deals')).DealsRoute }),
        },
        {
          path: 'deals/:id',
          lazy: async () => ({ Component: (await import('./routes/deal')).DealRoute }),
        },
        {
          path: 'reports',
          lazy: async () => ({ Component: (await import('./routes/reports')).ReportsRoute }),
        },
        {
          path: 'reports/records',
          lazy: async () => ({ Component: (await import('./routes/reports')).DrillDownRoute }),
        },
        {
          path: 'leads',
          lazy: async () => ({ Component: (await import('./routes/records')).LeadsRoute }),
        },
        {
          path: 'leads/:id',
          lazy: async () => ({ Component: (await import('./routes/lead')).LeadRoute }),
        },
        {
          path: 'contacts',
          lazy: async () => ({ Component: (await import('./routes/records')).ContactsRoute }),
        },
        {
          path: 'contacts/:id',
          lazy: async () => ({ Component: (await import('./routes/customer')).ContactRoute }),
        },
        {
          path: 'companies',
          lazy: async () => ({ Component: (await import('./routes/records')).CompaniesRoute }),
        },
        {
          path: 'companies/:id',
          lazy: async () => ({ Component: (await import('./routes/customer')).CompanyRoute }),
        },
        {
          path: 'documents',
          lazy: async () => ({ Component: (await import('./routes/records')).DocumentsRoute }),
        },
        {
          path: 'payments',
          lazy: async () => ({ Component: (await import('./routes/records')).PaymentsRoute }),
        },
        {
          path: 'products',
          lazy: async () => ({ Component: (await import('./routes/catalogue')).ProductsRoute }),
        },
        {
          path: 'quote-templates',
          lazy: async () => ({
            Component: (await import('./routes/catalogue')).QuoteTemplatesRoute,
          }),
        },
        {
          path: 'lead-sources',
          lazy: async () => ({ Component: (await import('./routes/catalogue')).LeadSourcesRoute }),
        },
        {
          path: 'rules',
          lazy: async () => ({ Component: (await import('./routes/rules')).RulesRoute }),
        },
        {
          path: 'rules/:id',
          lazy: async () => ({ Component: (await import('./routes/rules')).RuleSetRoute }),
        },
        {
          path: 'rules/:id/versions/:version',
          lazy: async () => ({ Component: (await import('./routes/rules')).RuleVersionRoute }),
        },
        {
          path: 'web-forms',
          lazy: async () => ({ Component: (await import('./routes/web-forms')).WebFormsRoute }),
        },
        {
          path: 'import',
          lazy: async () => ({ Component: (await import('./routes/import')).ImportRoute }),
        },
        {
          path: 'admin',
          lazy: async () => ({ Component: (await import('./routes/admin')).AdminRoute }),
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ]);
}
