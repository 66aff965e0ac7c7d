// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { deTeams } from './de-teams';
import { enTeams } from './en-teams';
import { addMessages } from './locale';

// The team views' messages in both languages at once, for tests and Node code that render them.
addMessages({ de: deTeams, en: enTeams });
