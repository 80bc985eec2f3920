// Entry point: mounts the app inside the language provider.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/data.css';
import './styles/party.css';
import './styles/chain.css';
import './styles/casefile.css';
import './styles/map.css';
import './styles/viewer.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
