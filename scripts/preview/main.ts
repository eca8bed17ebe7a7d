// `npm start` where Electron's runtime is missing: the app in the system Chromium (preview).
import { systemProbe } from '../setup/probe';
import { findChromium } from '../setup/requirements';
import { startPreview } from './preview';

const probe = systemProbe();
const chromiumPath = findChromium(probe);
if (!chromiumPath) {
  console.error('No Chromium on this machine for the preview: sudo apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH). npm run doctor lists what is there.');
  process.exit(1);
}
const hasDisplay = process.platform !== 'linux' || Boolean(probe.env.DISPLAY || probe.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.error(
    'No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open.\n' +
      'Run it on a virtual screen:  xvfb-run -a -s "-screen 0 1366x768x24" npm start\n' +
      '(apt-get install xvfb xauth), or from a desktop session.',
  );
  process.exit(1);
}

const preview = await startPreview({ chromiumPath });
console.log(`Preview open in ${chromiumPath} (training data unless the machine config says production). Close the window to stop.`);
const stop = () => void preview.close();
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await preview.closed;
console.log('Preview closed; the core and its database are closed.');
