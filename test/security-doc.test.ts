import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/security.md names a test for each promise as `file` › "title"; a named test that
// is renamed or deleted leaves a promise untested, so it fails here.
const projectRoot = resolve(import.meta.dirname, '..');
const doc = readFileSync(resolve(projectRoot, 'docs', 'security.md'), 'utf8');
const named = [...doc.matchAll(/`([\w./-]+\.test\.tsx?)` › "([^"]+)"/g)].map(([, file = '', title = '']) => ({ file, title }));

describe('docs/security.md', () => {
  it('names tests for its promises', () => {
    expect(named.length).toBeGreaterThan(20);
  });

  it.each(named)('$file has the test "$title"', ({ file, title }) => {
    const path = resolve(projectRoot, file);
    expect(existsSync(path), file).toBe(true);
    const source = readFileSync(path, 'utf8');
    expect([`'${title}'`, `"${title}"`, `\`${title}\``].some((quoted) => source.includes(quoted)), title).toBe(true);
  });
});
