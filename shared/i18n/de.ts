import { deCore } from './de-core';
import { deTeams } from './de-teams';
import type { Messages } from './messages';

/** German messages: the product's first language. */
export const de: Messages = { ...deCore, ...deTeams };
