import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../shared/contract/names';

// Exactly the contract's methods, each one invoke on its own channel; nothing else crosses.
const api = Object.freeze(
  Object.fromEntries(methodNames.map((m) => [m, (input: unknown) => ipcRenderer.invoke(`rpc:${m}`, input)])),
);
contextBridge.exposeInMainWorld('hybridPlanner', api);
