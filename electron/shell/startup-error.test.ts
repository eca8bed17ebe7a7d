import { describe, expect, it } from 'vitest';
import { DeskFailure } from '../../shared/contract';
import { describeStartupError } from './startup-error';

describe('describeStartupError', () => {
  it('explains a database newer than the code in Vietnamese and English', () => {
    const error = new DeskFailure('STORAGE', 'The database was written by a newer version of OneStop Desk (schema 90; this build knows up to 10).', {
      databaseVersion: 90,
      codeVersion: 10,
    });
    const dialog = describeStartupError(error);
    expect(dialog.message).toContain('không khởi động được');
    expect(dialog.message).toContain('could not start');
    expect(dialog.detail).toContain('lược đồ 90');
    expect(dialog.detail).toContain('schema 90');
    expect(dialog.detail).toContain('Install the newer version');
  });

  it('never shows a stack trace, only the first line of the message', () => {
    const error = new Error('SQLITE_CANTOPEN: unable to open database file\n    at Database (/x/y.js:1:1)');
    const dialog = describeStartupError(error);
    expect(dialog.detail).toContain('SQLITE_CANTOPEN: unable to open database file');
    expect(dialog.detail).not.toMatch(/\bat \w+ \(/);
    expect(dialog.detail).not.toContain(error.stack?.split('\n')[1] ?? 'unreachable');
    expect(dialog.detail).toContain('Tell IT');
    expect(dialog.detail).toContain('bộ phận CNTT');
  });

  it.each([undefined, null, 42, { message: 'x' }, 'plain string'])('copes with a thrown %s', (thrown) => {
    const dialog = describeStartupError(thrown);
    expect(dialog.title).toBe('OneStop Desk');
    expect(dialog.detail.length).toBeGreaterThan(0);
  });

  it('caps a very long message', () => {
    const dialog = describeStartupError(new Error('x'.repeat(5000)));
    expect(dialog.detail.length).toBeLessThan(1000);
  });
});
