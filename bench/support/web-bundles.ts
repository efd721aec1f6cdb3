import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webAppDirectory } from '../../apps/api/web/web-app';

/** A script the browser loaded, raw and gzipped (level 9). */
export interface Loaded {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** Prints every chunk of the build, then what each first screen loaded, against the budget. */
export function printBundleSizes(loadedBy: Map<string, Loaded[]>, targetGzipKb: number): void {
  const dir = webAppDirectory();
  const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
  if (dir) {
    const chunks = readdirSync(join(dir, 'assets'))
      .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
      .map((f) => {
        const content = readFileSync(join(dir, 'assets', f));
        return { f, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
      })
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    console.log(`\nthe build's chunks (dist/web/assets), raw and gzipped (level 9):`);
    for (const c of chunks)
      console.log(`  ${c.f.padEnd(48)} ${kb(c.bytes)}  ${kb(c.gzipBytes)} gz`);
    const js = chunks.filter((c) => c.f.endsWith('.js'));
    console.log(
      `  ${`all ${js.length} scripts`.padEnd(48)} ${kb(js.reduce((s, c) => s + c.bytes, 0))}  ` +
        `${kb(js.reduce((s, c) => s + c.gzipBytes, 0))} gz`,
    );
  }
  let worst = 0;
  for (const [name, scripts] of loadedBy) {
    const raw = scripts.reduce((s, x) => s + x.bytes, 0);
    const gz = scripts.reduce((s, x) => s + x.gzipBytes, 0);
    worst = Math.max(worst, gz);
    console.log(`\nJavaScript the browser loaded for ${name}: ${scripts.length} scripts`);
    for (const s of [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes))
      console.log(`  ${s.url.padEnd(48)} ${kb(s.bytes)}  ${kb(s.gzipBytes)} gz`);
    console.log(`  ${'total'.padEnd(48)} ${kb(raw)}  ${kb(gz)} gz`);
  }
  console.log(
    `\ntarget: each first screen's JavaScript < ${targetGzipKb} KB gzipped: ` +
      `${worst < targetGzipKb * 1024 ? 'met' : 'NOT met'} (largest ${(worst / 1024).toFixed(1)} KB)`,
  );
}
