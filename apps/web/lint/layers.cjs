// @ts-check
/**
 * The web app's import layers (bulletproof-react): shared code (components/, lib/, …) → features
 * → app. A feature never imports another feature nor the app; shared code imports neither.
 * Imports are resolved (relative or `@/…`) before they are judged, so no path style escapes it.
 */
const path = require('node:path');

const SRC = path.join(__dirname, '..', 'src');

/** @param {string} file @returns {string | null} 'app', 'features/<name>', 'shared', or null outside src */
function areaOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [top, second] = relative.split(path.sep);
  // The entry point (main.tsx) only mounts the app.
  if (top === 'app' || top === 'main.tsx') return 'app';
  if (top === 'features') return second ? `features/${second}` : null;
  return 'shared';
}

/** @param {string} source @param {string} importer @returns {string | null} */
function resolveSource(source, importer) {
  if (source.startsWith('@/')) return path.join(SRC, source.slice(2));
  if (source.startsWith('.')) return path.resolve(path.dirname(importer), source);
  return null;
}

/** @param {string} from @param {string} to @returns {string | null} the problem, if any */
function problem(from, to) {
  if (from === to || from === 'app') return null;
  if (to === 'app') return 'only the app imports from app/';
  if (from === 'shared' && to.startsWith('features/'))
    return `shared code (components/, lib/) must not import ${to}`;
  if (from.startsWith('features/') && to.startsWith('features/'))
    return `${from} must not import ${to}: features never import each other; move what both need into components/ or lib/`;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'shared → features → app: features never import each other' },
    schema: [],
    messages: { layer: '{{problem}}' },
  },
  create(context) {
    const file = context.filename;
    const from = areaOf(file);
    if (!from) return {};
    /** @param {any} node */
    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSource(source.value, file);
      const to = target && areaOf(target);
      const found = to && problem(from, to);
      if (found) context.report({ node: source, messageId: 'layer', data: { problem: found } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

module.exports = { rules: { layers: rule }, areaOf };
