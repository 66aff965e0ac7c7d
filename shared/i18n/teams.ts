// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { deTeams } from './de-teams';
import { enTeams } from './en-teams';
import { addMessages } from './locale';

// Imported for its effect by the pages with team views (side panel, retro board) and their tests.
addMessages({ de: deTeams, en: enTeams });
