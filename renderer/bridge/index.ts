import type { RegiaApi } from '../../shared/contract';
import { webBridge } from './webBridge';

/** The host's API: the preload's in the desktop app, the browser implementation in a tab. */
export const bridge: RegiaApi = window.regia ?? webBridge;

/** Which host the renderer runs in. */
export const hostKind: 'electron' | 'web' = window.regia ? 'electron' : 'web';
