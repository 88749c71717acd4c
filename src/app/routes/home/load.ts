/** Each role's home screen, loaded on demand (also started early by the router's preloadScreens). */
export const roleHome = {
  resident: () => import('./resident'),
  worker: () => import('./worker'),
  head: () => import('./head'),
};
