// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Checkin } from './checkin-phase';
import { Review } from './review-phase';
import { Write } from './write-phase';
import { CardColumns } from './card-columns';
import { Vote } from './vote-phase';
import { Discuss } from './discuss-phase';
import { Actions } from './actions-phase';
import { Close } from './close-phase';
import type { PhaseProps } from './phase-props';

/** The body of the retro's current phase. */
export function PhaseBody(props: PhaseProps) {
  switch (props.phase) {
    case 'checkin':
      return <Checkin />;
    case 'review':
      return <Review />;
    case 'write':
      return <Write {...props} />;
    case 'reveal':
      return <CardColumns columns={props.columns} grouping={false} />;
    case 'group':
      return <CardColumns columns={props.columns} grouping />;
    case 'vote':
      return <Vote {...props} />;
    case 'discuss':
      return <Discuss {...props} />;
    case 'actions':
      return <Actions />;
    case 'close':
      return <Close columns={props.columns} />;
  }
}
