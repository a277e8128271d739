/**
 * The page's entry: lets the static shell in index.html paint, then starts the app. Evaluating the
 * app's JavaScript takes the main thread for a while; started after the first frame, it can no longer
 * hold back the first paint of the shell (its title, in its embedded font). The app's chunks are
 * already downloading meanwhile (modulepreload links added by the build).
 */
// The first paint's stylesheets (the build inlines them into index.html); features bring their own.
import './styles/tokens.css';
import './styles/base.css';
import './styles/focus.css';
import './styles/layout.css';

let started = false;
function start(): void {
  if (started) return;
  started = true;
  void import('./main');
}
// After the next frame is painted; the timeout covers a tab opened in the background (no frames).
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 200);
