/** The sandboxed preload: exposes the bridge and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('kontor', createBridge(ipcRenderer));
