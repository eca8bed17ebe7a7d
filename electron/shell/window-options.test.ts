import { describe, expect, it } from 'vitest';
import { createWindowOptions, devToolsAllowed } from './window-options';

const preloadPath = '/opt/desk/out/preload/index.cjs';

describe('createWindowOptions', () => {
  it.each([true, false])('locks the renderer down (packaged: %s)', (isPackaged) => {
    const { webPreferences } = createWindowOptions({ preloadPath, isPackaged });
    expect(webPreferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('offers DevTools only in development builds', () => {
    expect(createWindowOptions({ preloadPath, isPackaged: true }).webPreferences.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath, isPackaged: false }).webPreferences.devTools).toBe(true);
    expect(devToolsAllowed(true)).toBe(false);
  });

  it('stays hidden until painted, with a readable size and a background colour', () => {
    const options = createWindowOptions({ preloadPath, isPackaged: true });
    expect(options.show).toBe(false);
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.height).toBeGreaterThanOrEqual(700);
    expect(options.minWidth).toBeLessThanOrEqual(options.width);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.title).toBe('OneStop Desk');
  });

  it('never opens larger than the work area above the taskbar', () => {
    const options = createWindowOptions({ preloadPath, isPackaged: true, workArea: { width: 1366, height: 697 } });
    expect(options.height).toBe(697);
    expect(options.width).toBe(1280);
    expect(options.minHeight).toBeLessThanOrEqual(697);
    const tiny = createWindowOptions({ preloadPath, isPackaged: true, workArea: { width: 1000, height: 600 } });
    expect([tiny.width, tiny.height, tiny.minWidth, tiny.minHeight]).toEqual([1000, 600, 1000, 600]);
  });

  it('refuses to build a window without a preload', () => {
    expect(() => createWindowOptions({ preloadPath: '', isPackaged: false })).toThrow(/preload/);
  });
});
