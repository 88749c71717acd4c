import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { initLanguage } from './i18n';
import { applyPrefs } from './lib/prefs';
import { App } from './app/App';

applyPrefs();

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Render at once in the default language; an English user's strings arrive first (one small chunk).
initLanguage().then(render, render);
