import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readFirstPageSeed } from './app/first-page-seed';
import { takeOverDrawnPage } from './app/take-over';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A first page the server drew (apps/server/src/first-page-render.ts) is taken over as it is; any other is drawn here.
const seed = readFirstPageSeed(document);
const app = (
  <StrictMode>
    <App seed={seed} />
  </StrictMode>
);
if (seed && root.hasChildNodes()) void takeOverDrawnPage(root, app);
else createRoot(root).render(app);
