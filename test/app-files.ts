import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { excludedExts, excludedNames, FileMatcher } from 'app-builder-lib/out/fileMatcher';

/**
 * The files electron-builder would put in app.asar, computed offline from the same
 * `files` patterns and the same matcher class electron-builder uses: the built app
 * (out/**, package.json) plus the production dependency closure of package.json
 * "dependencies", with the "!" patterns and electron-builder's default exclusions.
 */
const identity = (pattern: string): string => pattern;
// Dropped at a package's top level by electron-builder's node_modules copier.
const TOP_LEVEL_DROPPED = new Set(['README.md', 'readme.md', 'Readme.md', 'README', 'test', 'tests', '__tests__', 'example', 'examples', '.bin', 'karma.conf.js']);
const ALWAYS_DROPPED = new Set(['CHANGELOG.md', 'changelog.md', 'Changelog.md', 'binding.gyp', '.npmignore', 'node_gyp_bins', 'node_modules', ...excludedNames.split(',')]);

interface PackageJson {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

export const readPackageJson = (dir: string): PackageJson => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

const defaultExclusions = [`!**/*.{${excludedExts},pdb}`, '!**/._*', '!**/electron-builder.{yaml,yml,json,json5,toml,ts}', `!**/{${excludedNames}}`];

/** Node's lookup: the nearest node_modules/<name> walking up from `from`, inside root. */
function resolvePackage(root: string, name: string, from: string): string | null {
  for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return null;
}

/** Directories of every package reachable from root's "dependencies" (and optional ones present). */
export function productionPackages(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string): void => {
    const manifest = readPackageJson(dir);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const resolved = resolvePackage(root, name, dir);
      if (!resolved || found.has(resolved)) continue;
      found.set(resolved, name);
      visit(resolved);
    }
  };
  visit(root);
  return found;
}

function walkFiles(dir: string, accept: (path: string, isDir: boolean) => boolean, into: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (!accept(path, entry.isDirectory())) continue;
    if (entry.isDirectory()) walkFiles(path, accept, into);
    else if (entry.isFile()) into.push(path);
  }
}

/** Absolute paths of every file that would be packaged, given the `files` patterns. */
export function appFiles(root: string, files: readonly string[]): string[] {
  const stat = (isDir: boolean) => ({ isDirectory: () => isDir }) as unknown as Parameters<ReturnType<FileMatcher['createFilter']>>[1];
  const appMatcher = new FileMatcher(root, root, identity, [...files, '!**/node_modules/**', ...defaultExclusions]);
  const appFilter = appMatcher.createFilter();
  const result: string[] = [];
  walkFiles(root, (path, isDir) => {
    const rel = relative(root, path);
    if (rel === 'node_modules' || rel === '.git') return false;
    return appFilter(path, stat(isDir));
  }, result);

  const moduleMatcher = new FileMatcher(root, root, identity, ['**/*', ...files.filter((p) => p.startsWith('!')), ...defaultExclusions]);
  const moduleFilter = moduleMatcher.createFilter();
  for (const dir of productionPackages(root).keys()) {
    walkFiles(dir, (path, isDir) => {
      const name = path.slice(path.lastIndexOf(sep) + 1);
      if (ALWAYS_DROPPED.has(name)) return false;
      if (dirname(path) === dir && TOP_LEVEL_DROPPED.has(name)) return false;
      return isDir || moduleFilter(path, stat(isDir));
    }, result);
  }
  return result;
}
