/** The screens the web bench waits for. */
export type Screen = 'board' | 'list' | 'myDay' | 'signIn' | 'health';

/**
 * Installed in every page before its own scripts: `__ready(kind, since)` resolves with the time
 * (ms on the page's clock, whose zero is the navigation's start) of the first frame after the
 * screen's content was drawn, and the time the content appeared minus `since`.
 */
export const READY_SCRIPT = `
(() => {
  const has = (s) => document.querySelector(s) !== null;
  const screens = {
    // The first column's cards (the board's columns are sections with data-stage, in order).
    board: () => !!document.querySelector('main section[data-stage]')?.querySelector('a[href^="/deals/"]'),
    list: () => has('main table tbody a[href^="/deals/"]'),
    // The heading, the three counters with their figures, no table or list still loading.
    myDay: () => {
      const title = document.querySelector('main h1');
      const figures = [...document.querySelectorAll('main [role=group]')];
      return title?.textContent === 'My day' && figures.length >= 3 &&
        figures.every((g) => !g.textContent.endsWith('…')) && !has('main [role=status]');
    },
    signIn: () => has('form input[type=password]'),
    health: () => !!document.body && document.body.textContent.includes('"status"'),
  };
  window.__ready = (kind, since) => new Promise((resolve, reject) => {
    const giveUp = performance.now() + 60000;
    const check = () => {
      if (performance.now() > giveUp) {
        const main = document.querySelector('main') ?? document.body;
        reject(new Error(kind + ' not drawn in 60 s at ' + location.pathname + ': ' + (main?.innerText ?? '').slice(0, 300)));
      } else if (screens[kind]()) {
        // Drawn in the frame this callback precedes: the next frame's callback runs after it.
        requestAnimationFrame(() => resolve(performance.now() - since));
      } else requestAnimationFrame(check);
    };
    check();
  });
  // The time of the last click (its event's time, on the page's clock).
  window.__clickedAt = 0;
  addEventListener('click', (e) => { window.__clickedAt = e.timeStamp; }, true);
})();
`;
