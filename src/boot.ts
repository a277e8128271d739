/**
 * The page's entry: lets the static shell in index.html paint, then starts the app. Evaluating the
 * app's JavaScript takes the main thread for a while; started after the first frame, it can no longer
 * hold back the first paint of the shell (its title, in its embedded font). The app's chunks are
 * already downloading meanwhile (modulepreload links added by the build).
 *
 * A pre-rendered page (#root[data-page]: a park profile, the directory) is whole without the app: it
 * starts the app at the reader's first use of the page, or at once where the page may not be what the
 * app would show (src/lib/start-on-use.ts).
 */
// The first paint's stylesheets (the build inlines them into index.html); features bring their own.
import './styles/tokens.css';
import './styles/base.css';
import './styles/focus.css';
import './styles/layout.css';
import { APP_READY, addressAsksForMore, holdsBureauData, onFirstUse, replayClicks } from './lib/start-on-use';

let started = false;
function start(): void {
  if (started) return;
  started = true;
  document.documentElement.classList.add('app-starting');
  window.addEventListener(APP_READY, () => document.documentElement.classList.remove('app-starting'), {
    once: true,
  });
  void import('./main');
}

if (document.getElementById('root')?.dataset.page === undefined) {
  // After the next frame is painted; the timeout covers a tab opened in the background (no frames).
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 200);
} else {
  replayClicks(document, window, APP_READY);
  const stop = onFirstUse(document, start);
  if (addressAsksForMore(window.location)) {
    stop();
    start();
  } else
    void holdsBureauData(window.indexedDB).then((held) => {
      if (held) {
        stop();
        start();
      }
    });
}
