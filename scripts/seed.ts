/**
 * `npm run seed`: writes the demo community into running emulators (used by `npm start` on first start).
 * Env: FIRESTORE_PORT (8080), AUTH_PORT (9099), PROJECT_ID (demo-shequ).
 */
import { demoCommunity } from './seed/demo';
import { writeCommunity } from './seed/write';

const projectId = process.env.PROJECT_ID ?? 'demo-shequ';
const firestorePort = Number(process.env.FIRESTORE_PORT ?? 8080);
const authPort = Number(process.env.AUTH_PORT ?? 9099);
const now = new Date();
const started = Date.now();
const n = await writeCommunity({ projectId, firestorePort, authPort }, demoCommunity(now), now);
console.log(`seeded ${n} documents in ${Date.now() - started} ms`);
