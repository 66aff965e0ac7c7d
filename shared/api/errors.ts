// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** Every error the sync service returns has this JSON shape, whatever went wrong. */
export interface ApiErrorBody {
  error: {
    /** A stable, documented code clients switch on (and translate). */
    code: ApiErrorCode;
    /** A short English explanation for developers; never shown to people untranslated. */
    message: string;
  };
}

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'link_revoked'
  | 'not_found'
  | 'board_not_found'
  | 'method_not_allowed'
  | 'upgrade_required'
  | 'rate_limited'
  | 'payload_too_large'
  | 'too_many_connections'
  | 'internal';
