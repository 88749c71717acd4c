import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { initLanguage } from './i18n';
import { applyPrefs } from './lib/prefs';
import { App } from './app/App';
import { firstScreensArrived } from './app/first-screens';

applyPrefs();

function render() {
  const root = createRoot(document.getElementById('root')!);
  // As a transition, React renders the first screen in slices of a few milliseconds, yielding to the
  // browser between them, instead of one long task (~140 ms for the resident home on a slow phone) during
  // which a tap would wait; what is shown, and when, is the same: it commits once, when all is rendered.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// The first render waits for an English user's strings (one small chunk) and for the first screen's code,
// started by the start-up script beside React's (a second at most; "正在加载…" from index.html until then).
Promise.all([initLanguage(), firstScreensArrived(1000)]).then(render, render);
