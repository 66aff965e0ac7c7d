import type { browser } from 'wxt/browser';

/** The WebExtension API object; passed into logic as a parameter so tests can hand in a fake. */
export type BrowserApi = typeof browser;
