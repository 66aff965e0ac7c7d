// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { translateRef } from '../../../shared/i18n/locale';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';

/**
 * What the organisation set that a member should know about: the servers teams may use, where to
 * report a barrier, and each policy value that could not be used (so that IT hears of it).
 * Nothing when there is no policy.
 */
export function PolicyNotes() {
  const t = useT();
  const { policy, set, problems } = useApp((state) => state.policy);
  if (set.length === 0 && problems.length === 0) return null;
  return (
    <section class="section" aria-labelledby="policy-heading" data-testid="policy-notes">
      <h2 id="policy-heading">{t('options.policyHeading')}</h2>
      <p>{t('options.policyIntro')}</p>
      {problems.map((problem) => (
        <p key={problem.key} class="notice notice--error">
          {translateRef(t, {
            key: problem.kind === 'unknown' ? 'options.policyUnknown' : 'options.policyInvalid',
            args: [problem.key],
          })}
        </p>
      ))}
      {policy.allowedServers && <p>{t('options.allowedServers', policy.allowedServers.join(', '))}</p>}
      {policy.accessibilityContact && (
        <p>
          <a href={policy.accessibilityContact} target="_blank" rel="noopener noreferrer">
            {t('options.accessibilityContact')}
          </a>
        </p>
      )}
    </section>
  );
}
