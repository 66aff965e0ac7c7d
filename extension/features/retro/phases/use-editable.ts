// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useRetro } from '../retro-context';

/** May this person change the retro? Editors, until it is closed. */
export const useEditable = () => {
  const { retro, link } = useRetro();
  return retro.role === 'edit' && link.closedAt === null;
};
