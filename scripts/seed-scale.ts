/**
 * `npm run seed:scale -- [--households 20000] [--tickets 100000]`: writes the benchmark-scale community
 * into running emulators (FIRESTORE_PORT, default 8080; PROJECT_ID, default demo-shequ).
 */
import { parseArgs } from 'node:util';
import { writeScaleCommunity } from './seed/scale';

const { values } = parseArgs({ options: { households: { type: 'string' }, tickets: { type: 'string' } } });
const households = Number(values.households ?? 20_000);
const tickets = Number(values.tickets ?? 100_000);
const result = await writeScaleCommunity(
  {
    projectId: process.env.PROJECT_ID ?? 'demo-shequ',
    firestorePort: Number(process.env.FIRESTORE_PORT ?? 8080),
    authPort: null,
  },
  { households, tickets },
);
console.log(
  `wrote ${result.documents} documents (${households} households in ${result.buildings} buildings, ${tickets} tickets) in ${(result.ms / 1000).toFixed(1)} s`,
);
process.exit(0);
