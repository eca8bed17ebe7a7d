// The rules behind the rooms that no-restricted-imports cannot express: an allow-list of
// classified packages, the layers inside the core, and the simulator loaded only on demand.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { CLASS_MEANING, DEPENDENCY_CLASSES, ROOM_ALLOWS, TOOLING_FILES } from './dependency-rooms.js';
import { CORE_LAYERS } from './core-layers.js';

const builtins = new Set(builtinModules);
const posix = (path) => path.split(sep).join('/');

/** The package a bare specifier names ('react-dom/client' → 'react-dom'); null for paths and built-ins. */
export function packageOf(source) {
  if (source.startsWith('.') || source.startsWith('/') || source.startsWith('node:')) return null;
  const parts = source.split('/');
  if (builtins.has(source) || builtins.has(parts[0])) return null;
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Calls `check(node, source, typeOnly)` for every import and re-export with a literal source. */
function eachImport(check) {
  const literal = (node) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null);
  const visit = (node, typeOnly) => {
    const source = literal(node.source);
    if (source !== null) check(node, source, typeOnly);
  };
  const allTypes = (node) =>
    node.importKind === 'type' || node.exportKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
  return {
    ImportDeclaration: (node) => visit(node, allTypes(node)),
    ExportNamedDeclaration: (node) => visit(node, allTypes(node)),
    ExportAllDeclaration: (node) => visit(node, node.exportKind === 'type'),
    ImportExpression: (node) => visit(node, false),
  };
}

const dependencyRoom = {
  meta: {
    type: 'problem',
    docs: { description: 'Every imported package is classified, and its class is allowed in this room.' },
    schema: [{ type: 'object', properties: { room: { enum: Object.keys(ROOM_ALLOWS) } }, required: ['room'], additionalProperties: false }],
    messages: {
      unclassified: "'{{name}}' is not classified: add it to eslint/dependency-rooms.js as shared, core, shell, renderer or tooling.",
      wrongRoom: "'{{name}}' is a {{cls}} package ({{meaning}}); {{room}} code may import only {{allowed}} packages.",
    },
  },
  create(context) {
    const { room } = context.options[0];
    const file = posix(relative(context.cwd, context.filename));
    const allowed = TOOLING_FILES.some((pattern) => pattern.test(file)) ? [...new Set([...ROOM_ALLOWS[room], 'tooling'])] : ROOM_ALLOWS[room];
    return eachImport((node, source) => {
      const name = packageOf(source);
      if (name === null) return;
      const cls = Object.hasOwn(DEPENDENCY_CLASSES, name) ? DEPENDENCY_CLASSES[name] : undefined;
      if (cls === undefined) {
        context.report({ node, messageId: 'unclassified', data: { name } });
      } else if (!allowed.includes(cls)) {
        context.report({ node, messageId: 'wrongRoom', data: { name, cls, meaning: CLASS_MEANING[cls], room, allowed: allowed.join(', ') } });
      }
    });
  },
};

/** The layer of a path inside the core root: its top folder, or the file itself when it lies directly in the root. */
function layerOf(pathInRoot, isSourceFile) {
  const [head, ...rest] = pathInRoot.split('/');
  if (rest.length > 0 || isSourceFile) return head;
  const bare = head.replace(/\.(ts|js)$/, '');
  return Object.hasOwn(CORE_LAYERS, bare) ? bare : `${bare}.ts`;
}

const coreLayer = {
  meta: {
    type: 'problem',
    docs: { description: 'Inside the core, a folder imports only the layers eslint/core-layers.js allows it.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, required: ['root'], additionalProperties: false }],
    messages: {
      unplaced: "'{{layer}}' in {{root}} has no layer: place it in eslint/core-layers.js.",
      upward: "{{from}} may not import {{to}} ({{source}}): {{from}} may use only {{allowed}}.",
    },
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0].root);
    const inRoot = posix(relative(root, context.filename));
    if (inRoot.startsWith('..')) return {};
    const from = layerOf(inRoot, true);
    const rootName = context.options[0].root;
    if (!Object.hasOwn(CORE_LAYERS, from)) {
      return { Program: (node) => context.report({ node, messageId: 'unplaced', data: { layer: from, root: rootName } }) };
    }
    const allowed = CORE_LAYERS[from];
    if (allowed === '*') return {};
    return eachImport((node, source) => {
      if (!source.startsWith('.')) return;
      const target = posix(relative(root, resolve(dirname(context.filename), source)));
      if (target.startsWith('..') || target === '') return;
      const to = layerOf(target, false);
      if (to === from || allowed.includes(to)) return;
      if (!Object.hasOwn(CORE_LAYERS, to)) {
        context.report({ node, messageId: 'unplaced', data: { layer: to, root: rootName } });
        return;
      }
      context.report({ node, messageId: 'upward', data: { from, to, source, allowed: allowed.length ? allowed.join(', ') : 'nothing else in the core' } });
    });
  },
};

const simulatorOnDemand = {
  meta: {
    type: 'problem',
    docs: { description: 'Production code loads the training simulator only by import() when training mode starts it.' },
    schema: [{ type: 'object', properties: { simulator: { type: 'string' } }, required: ['simulator'], additionalProperties: false }],
    messages: {
      staticImport: "Load the training simulator with `await import('{{source}}')` when training mode starts it, never a static import: production builds must not load it.",
    },
  },
  create(context) {
    const simulator = resolve(context.cwd, context.options[0].simulator);
    return eachImport((node, source, typeOnly) => {
      if (node.type === 'ImportExpression' || typeOnly || !source.startsWith('.')) return;
      const target = relative(simulator, resolve(dirname(context.filename), source));
      if (!target.startsWith('..')) context.report({ node, messageId: 'staticImport', data: { source } });
    });
  },
};

export const roomsPlugin = {
  meta: { name: 'rooms' },
  rules: { 'dependency-room': dependencyRoom, 'core-layer': coreLayer, 'simulator-on-demand': simulatorOnDemand },
};
