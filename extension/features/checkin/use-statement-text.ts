// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { DEFAULT_DIMENSIONS } from '../../../shared/checkin/health';
import { useLocale } from '../../stores/use-t';

/** A statement's text in the reader's language: a default one by id, or the team's own. */
export function useStatementText() {
  const locale = useLocale();
  return (dimension: { id: string; text: string | null }) =>
    dimension.text ?? DEFAULT_DIMENSIONS.find((entry) => entry.id === dimension.id)?.[locale] ?? dimension.id;
}
