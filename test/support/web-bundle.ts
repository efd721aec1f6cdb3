import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a browser loads before the first screen draws: the entry script and the
 * chunks index.html preloads (route chunks load later, when their screen is opened).
 */
export function firstScreenScripts(webDir: string): BundleFile[] {
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  const scripts = [
    ...index.matchAll(/<script type="module"[^>]* src="([^"]+)"/g),
    ...index.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g),
  ].map((match) => match[1]);
  return scripts.map((src) => {
    const content = readFileSync(join(webDir, src));
    return { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
