// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { deCore } from './de-core';
import { deTeams } from './de-teams';
import type { Messages } from './messages';

/** German messages: the product's first language. */
export const de: Messages = { ...deCore, ...deTeams };
