import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { methodNames } from '../shared/contract/names';

// Exactly the contract's methods, each one invoke on its own channel; nothing else crosses.
const api = Object.freeze(
  Object.fromEntries(methodNames.map((m) => [m, (input: unknown) => ipcRenderer.invoke(`rpc:${m}`, input)])),
);
contextBridge.exposeInMainWorld('hybridPlanner', api);
// A dropped or picked file's path on disk, for imports.preview({path}): the desktop app reads it in place.
contextBridge.exposeInMainWorld('hybridPlannerFiles', Object.freeze({ pathForFile: (file: File) => webUtils.getPathForFile(file) }));
