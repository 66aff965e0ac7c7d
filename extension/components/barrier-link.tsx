// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useApp } from '../stores/app-store';
import { useT } from '../stores/use-t';

/**
 * "Report a barrier" (§ 7 BITV 2.0), to where the organisation says: the extension's policy
 * `accessibilityContact`, or the server's `ACCESSIBILITY_CONTACT` for the web app. Nothing when
 * neither is set.
 */
export function BarrierLink() {
  const t = useT();
  const contact = useApp((state) => state.policy.policy.accessibilityContact);
  if (!contact) return null;
  return (
    <p class="barrier-link">
      <a href={contact} target="_blank" rel="noopener noreferrer">
        {t('options.accessibilityContact')}
      </a>
    </p>
  );
}
