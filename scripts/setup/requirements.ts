import { join } from 'node:path';
import { electronAbi, electronBinaryPath, NATIVE_MODULE, projectRoot, readNativeAbiMarker } from '../lib/electron-runtime.mjs';
import type { Probe } from './probe';

/** Who needs a requirement: the test layers (npm test stops without it), or only some use of the app. */
export type NeededBy = 'tests' | 'preview-without-display' | 'electron-window';

export interface Found {
  readonly present: boolean;
  /** Version, path or ABI, as the doctor shows it. */
  readonly detail: string;
}

export interface Requirement {
  readonly id: string;
  readonly label: string;
  readonly neededBy: NeededBy;
  /** What the requirement is for, in a few words. */
  readonly purpose: string;
  /** Debian packages that provide it; empty when apt cannot (the Electron runtime). */
  readonly aptPackages: readonly string[];
  /** What to do when apt cannot provide it. */
  readonly otherwise?: string;
  find(probe: Probe): Found;
}

const program = (probe: Probe, names: readonly string[], versionArgs: readonly string[]): Found => {
  for (const name of names) {
    const path = probe.which(name);
    if (!path) continue;
    const version = probe.version(path, versionArgs);
    if (version !== null) return { present: true, detail: `${version} (${path})` };
  }
  return { present: false, detail: `not found (${names.join(', ')})` };
};

const files = (probe: Probe, paths: readonly string[]): Found => {
  const missing = paths.filter((path) => !probe.exists(path));
  return missing.length ? { present: false, detail: `missing ${missing.join(', ')}` } : { present: true, detail: paths.join(', ') };
};

/** Where Chromium is: CHROMIUM_PATH, else Debian's and Ubuntu's names on PATH. */
export function findChromium(probe: Probe): string | null {
  const candidates = [probe.env.CHROMIUM_PATH, probe.which('chromium'), probe.which('chromium-browser')];
  return candidates.find((path): path is string => Boolean(path) && probe.version(path ?? '', ['--version']) !== null) ?? null;
}

/** Every system program the suites and the app use: the preflight and the doctor both read this list. */
export const requirements: readonly Requirement[] = [
  {
    id: 'chromium',
    label: 'Chromium',
    neededBy: 'tests',
    purpose: 'e2e tests and the preview window (no test tool downloads a browser)',
    aptPackages: ['chromium'],
    find: (probe) => {
      const path = findChromium(probe);
      return path ? { present: true, detail: `${probe.version(path, ['--version']) ?? ''} (${path})` } : { present: false, detail: 'not found (CHROMIUM_PATH, chromium, chromium-browser)' };
    },
  },
  {
    id: 'fonts',
    label: 'Vietnamese-capable fonts (Noto, Liberation)',
    neededBy: 'tests',
    purpose: 'screenshots, printed slips and PDF exports render Vietnamese',
    aptPackages: ['fonts-noto-core', 'fonts-liberation'],
    find: (probe) => files(probe, ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf']),
  },
  {
    id: 'libreoffice-calc',
    label: 'LibreOffice Calc',
    neededBy: 'tests',
    purpose: 'a real spreadsheet program opens the XLSX log book',
    aptPackages: ['libreoffice-calc'],
    find: (probe) => {
      const soffice = program(probe, ['soffice'], ['--version']);
      const calc = files(probe, ['/usr/lib/libreoffice/program/libsclo.so']);
      return soffice.present && !calc.present ? { present: false, detail: `${soffice.detail}; Calc ${calc.detail}` } : soffice;
    },
  },
  {
    id: 'pdftotext',
    label: 'pdftotext (Poppler)',
    neededBy: 'tests',
    purpose: 'a real PDF reader extracts the PDF log book',
    aptPackages: ['poppler-utils'],
    find: (probe) => program(probe, ['pdftotext'], ['-v']),
  },
  {
    id: 'native-module',
    label: `${NATIVE_MODULE} for Node`,
    neededBy: 'tests',
    purpose: 'the encrypted SQLite driver, built for the runtime that loads it',
    aptPackages: [],
    otherwise: `npm rebuild ${NATIVE_MODULE} (npm test does it when the build is for Electron)`,
    find: (probe) => {
      const marker = readNativeAbiMarker();
      const builtFor = marker ? `built for ${marker.runtime} ABI ${marker.abi}` : 'built by npm install';
      const load = `const D=require(${JSON.stringify(join(projectRoot, 'node_modules', NATIVE_MODULE))});new D(':memory:').close();`;
      const loads = probe.succeeds(process.execPath, ['-e', load]);
      return { present: loads, detail: `${builtFor}; ${loads ? 'loads' : 'does not load'} in Node ${process.version} (ABI ${process.versions.modules})` };
    },
  },
  {
    id: 'xvfb',
    label: 'Xvfb (xvfb-run)',
    neededBy: 'preview-without-display',
    purpose: 'npm start on a machine without a display: xvfb-run -a npm start',
    aptPackages: ['xvfb', 'xauth'],
    find: (probe) => (probe.which('xvfb-run') ? { present: true, detail: probe.which('xvfb-run') ?? '' } : { present: false, detail: 'not found (xvfb-run)' }),
  },
  {
    id: 'electron',
    label: 'Electron runtime',
    neededBy: 'electron-window',
    purpose: 'the real app window and the Electron test layer; without it npm start opens the Chromium preview',
    aptPackages: [],
    otherwise: 'downloaded by npm install where the internet (or ELECTRON_MIRROR, or a pre-downloaded cache in ELECTRON_CACHE) is reachable: node node_modules/electron/install.js',
    find: () => {
      const binary = electronBinaryPath();
      return binary ? { present: true, detail: `${binary} (ABI ${electronAbi() ?? '?'})` } : { present: false, detail: 'not downloaded' };
    },
  },
];
