/** The manifest command that starts or pauses the focus timer (see wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-focus';
