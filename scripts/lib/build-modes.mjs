// The electron-vite mode of the build IT installs at counters: no training simulator, no failpoints.
export const COUNTER_BUILD_MODE = 'counter';
