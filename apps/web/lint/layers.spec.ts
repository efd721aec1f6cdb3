import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rules } = require('./layers.cjs');

const src = join(__dirname, '..', 'src');
const file = (path: string) => join(src, path);
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser as never, ecmaVersion: 2022, sourceType: 'module' },
});

tester.run('web layers', rules.layers, {
  valid: [
    {
      filename: file('features/deals/components/board.tsx'),
      code: "import { x } from '../api/deals';",
    },
    {
      filename: file('features/deals/components/board.tsx'),
      code: "import { Page } from '@/components/page';",
    },
    { filename: file('features/deals/api/deals.ts'), code: "import { api } from '@/lib/api';" },
    {
      filename: file('app/routes/deals.tsx'),
      code: "import { Board } from '@/features/deals/components/board';",
    },
    { filename: file('app/router.tsx'), code: "const m = import('./routes/deals');" },
    { filename: file('lib/format.ts'), code: "import { en } from './i18n/en';" },
    { filename: file('components/page.tsx'), code: "import { Stack } from '@mantine/core';" },
  ],
  invalid: [
    {
      filename: file('features/deals/components/board.tsx'),
      code: "import { LeadCard } from '@/features/leads/components/lead-card';",
      errors: [{ message: /features\/deals must not import features\/leads/ }],
    },
    {
      filename: file('features/deals/components/board.tsx'),
      code: "import { LeadCard } from '../../leads/components/lead-card';",
      errors: [{ message: /features never import each other/ }],
    },
    {
      filename: file('features/deals/index.ts'),
      code: "export * from '../leads';",
      errors: [{ message: /must not import features\/leads/ }],
    },
    {
      filename: file('features/deals/components/board.tsx'),
      code: "const m = import('@/features/leads/api/leads');",
      errors: [{ message: /must not import features\/leads/ }],
    },
    {
      filename: file('components/page.tsx'),
      code: "import { useDeals } from '@/features/deals/api/deals';",
      errors: [{ message: /shared code .* must not import features\/deals/ }],
    },
    {
      filename: file('features/deals/api/deals.ts'),
      code: "import { router } from '@/app/router';",
      errors: [{ message: /only the app imports from app\// }],
    },
  ],
});
