// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { enCore } from './en-core';
import { enTeams } from './en-teams';

/** English messages. This catalogue defines the keys and parameters every language must provide. */
export const en = { ...enCore, ...enTeams };
