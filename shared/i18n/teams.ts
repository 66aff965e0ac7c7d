// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { addMessageLoader } from './locale';

// Imported for its effect by the pages with team views (side panel, retro board): their messages
// in the one language the page shows, each language in a chunk of its own, loaded before the first
// render (the shells) and when the person switches (`useT`). Tests load both: `./teams-all.ts`.
addMessageLoader((locale) =>
  locale === 'de'
    ? import('./de-teams').then((module) => module.deTeams)
    : import('./en-teams').then((module) => module.enTeams),
);
