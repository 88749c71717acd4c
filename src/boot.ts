/**
 * The page's first script, separate from the app's entry (vite.config.ts adds it to index.html): it needs
 * nothing but localStorage, so it runs as soon as its few bytes arrive and asks for the first screen's
 * chunks while React's chunk is still downloading — one round trip fewer before the first screen paints.
 */
import { startFirstScreens } from './app/first-screens';
import { sayLoading } from './app/placeholder';

sayLoading();
void startFirstScreens();
