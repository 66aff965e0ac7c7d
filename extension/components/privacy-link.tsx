// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useApp } from '../stores/app-store';
import { useT } from '../stores/use-t';

/** The privacy notice that ships with the product (`docs/de/datenschutz/datenschutzhinweise.md` and its English twin). */
export const BUILT_IN_NOTICE = '/privacy.html';

/**
 * "Privacy notice" (Art. 13 GDPR): the organisation's own, where its policy `privacyNotice` (or, for
 * the web app, the server's `PRIVACY_NOTICE`) names one, else the one built into the product.
 */
export function PrivacyLink() {
  const t = useT();
  const own = useApp((state) => state.policy.policy.privacyNotice);
  return (
    <a href={own ?? BUILT_IN_NOTICE} target="_blank" rel="noopener noreferrer">
      {t('privacy.link')}
    </a>
  );
}
