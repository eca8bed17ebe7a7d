import { describe, expect, it } from 'vitest';
import { refusedSwitchDialog, refusedSwitches } from './launch-switches';

describe('switches a packaged build refuses', () => {
  it('finds remote debugging and another profile folder in any spelling', () => {
    expect(refusedSwitches(['OneStop Desk.exe', '--remote-debugging-port=9222'])).toEqual(['remote-debugging-port']);
    expect(refusedSwitches(['app', '--REMOTE-DEBUGGING-PIPE'])).toEqual(['remote-debugging-pipe']);
    expect(refusedSwitches(['app', '/user-data-dir=C:\\x', '-user-data-dir=/tmp/y'])).toEqual(['user-data-dir']);
    expect(refusedSwitches(['app', '--inspect=0'])).toEqual(['inspect']);
  });

  it('lets ordinary arguments through', () => {
    expect(refusedSwitches(['/opt/OneStop Desk/onestop-desk', '--no-sandbox-not-here', 'remote-debugging-port'])).toEqual([]);
  });

  it('explains the refusal in Vietnamese and English', () => {
    const dialog = refusedSwitchDialog(['remote-debugging-port']);
    expect(dialog.message).toContain('không chạy với tham số --remote-debugging-port');
    expect(dialog.message).toContain('does not run with --remote-debugging-port');
  });
});
