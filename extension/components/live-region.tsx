// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** A polite live region: screen readers read its text when it changes, without interrupting. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div role="status" class="visually-hidden">
      {message}
    </div>
  );
}
