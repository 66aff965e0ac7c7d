/** Set when the popup first renders with its stored state; `npm run size` measures up to it. */
export const POPUP_READY_MARK = 'team-rituals:popup-ready';
