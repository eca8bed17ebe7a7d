import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildDeskBridge, type RawInvoke, type RawSubscribe } from '../shared/contract/bridge-builder';
import { callChannel, eventChannel, type Result } from '../shared/contract';

// Sandboxed preload: bundled into one CommonJS file whose only require is 'electron'.
// The page receives plain functions; ipcRenderer and IPC event objects stay here.

const invoke: RawInvoke = (name, input) => ipcRenderer.invoke(callChannel(name), input) as Promise<Result<unknown>>;

const subscribe: RawSubscribe = (event, listener) => {
  const channel = eventChannel(event);
  const relay = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
};

contextBridge.exposeInMainWorld('desk', buildDeskBridge(invoke, subscribe));
