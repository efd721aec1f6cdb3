import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { type RuleSetSource } from '../checker/check-rule-set';
import { MAX_FILE_BYTES } from '../checker/yaml-source';

export const RULES_FILE = 'rules.yaml';
export const TEMPLATES_DIR = 'templates';

/** The project's root: the nearest folder up from here with a package.json (sources or dist/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The shipped rules: `rules/` at the project's root (also inside the Docker image). */
export const SHIPPED_RULES_DIR = join(projectRoot(), 'rules');

/** Short paths in messages: relative to the working directory when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

function readText(path: string): string {
  // Refuse to read a huge file whole; the checker reports the size.
  if (statSync(path).size > MAX_FILE_BYTES * 4) return 'x'.repeat(MAX_FILE_BYTES + 1);
  return readFileSync(path, 'utf8');
}

/**
 * Reads one rule set: a folder holding rules.yaml and templates/*.hbs, or a
 * rules file directly (its templates are then the templates/ folder beside it).
 */
export function readRuleSetSource(path: string): RuleSetSource {
  const full = resolve(path);
  const isDir = existsSync(full) && statSync(full).isDirectory();
  const rulesFile = isDir ? join(full, RULES_FILE) : full;
  const dir = isDir ? full : resolve(full, '..');
  if (!existsSync(rulesFile)) throw new Error(`${shown(rulesFile)}: no such file`);
  const templatesDir = join(dir, TEMPLATES_DIR);
  const templates = existsSync(templatesDir)
    ? readdirSync(templatesDir)
        .filter((f) => f.endsWith('.hbs'))
        .sort()
        .map((f) => ({
          name: basename(f, '.hbs'),
          file: shown(join(templatesDir, f)),
          text: readText(join(templatesDir, f)),
        }))
    : [];
  return { file: shown(rulesFile), text: readText(rulesFile), templates };
}

/** Every rule-set folder under a rules directory (those holding a rules.yaml). */
export function listRuleSetDirs(root: string = SHIPPED_RULES_DIR): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, RULES_FILE)))
    .sort();
}
