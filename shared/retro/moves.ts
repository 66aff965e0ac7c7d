// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';
import { closeRetro } from '../team/ops';
import { PHASES, type RetroPhase } from './model';
import { type NewCard, ballotDue, closeVoting, publishBallot, publishCards, setPhase } from './ops';

const after = (phase: RetroPhase, than: RetroPhase) => PHASES.indexOf(phase) > PHASES.indexOf(than);

/**
 * Moves the retro to `target`; moving it to "close" also marks it closed on the team board, which
 * then shows it read-only to everyone.
 */
export function goToPhase(retroDoc: Y.Doc, teamDoc: Y.Doc, retroId: string, target: RetroPhase, now: number): void {
  setPhase(retroDoc, target, now, null);
  if (target === 'close') closeRetro(teamDoc, retroId, now);
}

/** What waits on a member's device during a retro until the retro allows it out. */
export interface WaitingWork {
  drafts: NewCard[];
  votes: Record<string, number>;
  ballotId: string;
  ballotPublished: boolean;
}

/**
 * Sends what waited on this device once the retro allows it: drafts from the reveal on, votes once
 * voting has closed (once; not again if the phase moves back). Offline, they go out with the next
 * sync; a repeat writes no card that the board already has (it would undo the others' moves), and
 * the ballot's id is fixed. Returns what was sent, for the
 * device to forget.
 */
export function publishWaiting(
  doc: Y.Doc,
  waiting: WaitingWork,
  retro: { phase: RetroPhase; anonymous: boolean; votingClosed: boolean },
  me: { memberId: string; now: number; newClientId: () => number },
): { cards: boolean; ballot: boolean } {
  // A retro from before voting was closed explicitly: past the vote phase means closed.
  if (!retro.votingClosed && after(retro.phase, 'vote')) closeVoting(doc, me.now);
  const cards = !after('reveal', retro.phase) && waiting.drafts.length > 0;
  if (cards) {
    const author = retro.anonymous
      ? { anonymous: true as const, newClientId: me.newClientId }
      : { memberId: me.memberId };
    publishCards(doc, waiting.drafts, author);
  }
  const votes = ballotDue(retro.votingClosed, waiting);
  if (votes) publishBallot(doc, waiting.ballotId, votes, me.newClientId());
  return { cards, ballot: votes !== null };
}
