import { safeNext } from './safe-next';

describe('where to go after signing in', () => {
  it('goes back to the screen that asked for the sign-in', () => {
    expect(safeNext('/deals/1?tab=history')).toBe('/deals/1?tab=history');
  });

  it('never leaves the app', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      null,
    ])
      expect(safeNext(next)).toBe('/');
  });
});
