/**
 * The page's first script, separate from the app's entry (vite.config.ts adds it to index.html): it needs
 * nothing but localStorage, so it runs as soon as its few bytes arrive and asks for the first screen's
 * chunks while React's chunk is still downloading — one round trip fewer before the first screen paints.
 */
import { preloadScreens } from './app/first-screens';
import { rememberedUser } from './features/account/api/session-hint';

preloadScreens(location.pathname, rememberedUser());
