/**
 * `npm run bench -- <name> [options]`: runs bench/<name>.bench.ts (after the
 * build, from dist/). Without a name, lists the benchmarks.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const name = process.argv[2];
const available = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.js'))
  .map((f) => f.replace(/\.bench\.js$/, ''));
if (!name || !available.includes(name)) {
  console.log(`benchmarks: ${available.join(', ')}\nrun one: npm run bench -- <name>`);
  process.exit(name ? 2 : 0);
}
process.argv.splice(2, 1);
void import(join(__dirname, `${name}.bench.js`));
