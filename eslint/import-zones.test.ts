// @vitest-environment node
import { RuleTester } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { importZones, ROOT } from './import-zones.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});
const file = (path: string) => join(ROOT, path);
const households = file('src/features/households/api/queries.ts');
const lib = file('src/lib/online.ts');

tester.run('import-zones', importZones, {
  valid: [
    // a feature: itself (relative or alias), shared code, packages, test helpers
    { filename: households, code: "import { a } from './converter';" },
    { filename: households, code: "import { a } from '../components/CareEditor';" },
    { filename: households, code: "import { a } from '@/features/households/types';" },
    {
      filename: households,
      code: "import { a } from '@/lib/backend'; import { b } from '../../../lib/period';",
    },
    { filename: households, code: "import { a } from '@/components/ui/Button'; import { t } from '@/i18n';" },
    { filename: households, code: "import { useQuery } from '@tanstack/react-query';" },
    { filename: households, code: "import { renderWithProviders } from '@/testing/render';" },
    // shared code: shared code and packages
    { filename: lib, code: "import { env } from '../config/env'; import { t } from '@/i18n/index';" },
    { filename: file('src/components/ui/Card.tsx'), code: "import { Icon } from './Icon';" },
    // the app and the entries: anything
    {
      filename: file('src/app/routes/ticket.tsx'),
      code: "import { a } from '../../features/tickets/api/queries';",
    },
    { filename: file('src/boot.ts'), code: "import { a } from './app/first-screens';" },
    // outside the zones: not checked
    { filename: file('src/testing/render.tsx'), code: "import { a } from '@/features/tickets/types';" },
    { filename: file('scripts/seed.ts'), code: "import { a } from '../src/features/tickets/api/writes';" },
    // a feature named like another's prefix is still itself
    { filename: file('src/features/events/api/x.ts'), code: "import { a } from '../../events/types';" },
  ],
  invalid: [
    {
      // the hole in the alias-only rule: a relative path into another feature
      filename: households,
      code: "import { ticketQueries } from '../../tickets/api/queries';",
      errors: [
        {
          messageId: 'featureToFeature',
          data: {
            from: 'features/households',
            to: 'features/tickets',
            path: 'src/features/tickets/api/queries',
          },
        },
      ],
    },
    {
      filename: households,
      code: "import type { Ticket } from '@/features/tickets/types';",
      errors: [{ messageId: 'featureToFeature' }],
    },
    {
      filename: households,
      code: "import { me } from '../../../app/me'; import { x } from '@/app/routes/home';",
      errors: [{ messageId: 'featureToApp' }, { messageId: 'featureToApp' }],
    },
    {
      filename: households,
      code: [
        "export { a } from '../../events/api/queries';",
        "export * from '@/features/notices/types';",
        "const m = () => import('../../staff/api/mutations');",
        "type M = typeof import('../../visits/api/log-visit');",
        "vi.mock('@/features/tickets/api/lazy-mutations');",
      ].join('\n'),
      errors: Array(5).fill({ messageId: 'featureToFeature' }),
    },
    {
      filename: lib,
      code: "import { a } from '../features/tickets/api/queries'; import { b } from '@/features/account/api/session';",
      errors: [{ messageId: 'sharedToFeature' }, { messageId: 'sharedToFeature' }],
    },
    {
      filename: file('src/i18n/index.ts'),
      code: "import { a } from '../app/me'; const b = () => import('@/app/install');",
      errors: [{ messageId: 'sharedToApp' }, { messageId: 'sharedToApp' }],
    },
    {
      // a Vite query suffix does not hide the path
      filename: file('src/config/paths.ts'),
      code: "import raw from '../features/tickets/api/queries.ts?raw';",
      errors: [{ messageId: 'sharedToFeature' }],
    },
  ],
});
