/** Each role's home screen, loaded on demand (also started early by src/app/first-screens.ts). */
export const roleHome = {
  resident: () => import('./resident'),
  worker: () => import('./worker'),
  head: () => import('./head'),
};
