/** English messages. This catalogue defines the keys and parameters every language must provide. */
export const en = {
  'app.name': 'Team Rituals',

  'phase.focus': 'Focus',
  'phase.shortBreak': 'Short break',
  'phase.longBreak': 'Long break',

  'status.ready': (phase: string) => `Ready: ${phase}`,
  'status.running': (phase: string) => `${phase} running`,
  'status.paused': (phase: string) => `${phase} paused`,

  'focus.start': 'Start',
  'focus.startPhase': (phase: string) => `Start ${phase.toLowerCase()}`,
  'focus.pause': 'Pause',
  'focus.resume': 'Resume',
  'focus.skip': 'Skip',
  'focus.skipHint': 'Skip to the next phase',
  'focus.stop': 'Stop',
  'focus.stopHint': 'Stop and reset the cycle',
  'focus.label': 'Task (optional)',
  'focus.labelPlaceholder': 'e.g. Draft the memo',
  'focus.remaining': (phase: string, clock: string) => `${phase}: ${clock} remaining`,
  'focus.cycle': (done: number, every: number) =>
    `Focus ${Math.min(done + 1, every)} of ${every} before the long break`,
  'focus.shortcut': (keys: string) => `Start or pause: ${keys}`,
  'focus.backgroundUnavailable': 'The timer could not be reached. Please close and reopen this window.',

  'announce.started': (phase: string, minutes: number) =>
    `${phase} started, ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  'announce.paused': (phase: string, clock: string) => `${phase} paused with ${clock} left.`,
  'announce.resumed': (phase: string) => `${phase} resumed.`,
  'announce.minutesLeft': (minutes: number) => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} left.`,
  'announce.ended': (phase: string, next: string) => `${phase} is over. Next: ${next}.`,
  'announce.stopped': 'Timer stopped.',

  'stats.heading': 'Your focus time',
  'stats.today': 'Today',
  'stats.week': 'This week',
  'stats.sessions': (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`,
  'stats.minutes': (n: number) => `${n} min`,
  'stats.local': 'Stored only on this device.',

  'badge.title': (phase: string, minutes: number) => `${phase}: ${minutes} min left`,
  'badge.titlePaused': (phase: string) => `${phase} paused`,

  'notify.focusOverTitle': 'Focus time is over',
  'notify.focusOverMessage': (minutes: number, isLong: boolean) =>
    `Well done. Time for a ${isLong ? 'long ' : ''}${minutes}-minute break.`,
  'notify.breakOverTitle': 'The break is over',
  'notify.breakOverMessage': (minutes: number) => `Ready for the next ${minutes}-minute focus?`,
  'notify.startBreak': 'Start break',
  'notify.startFocus': 'Start focus',

  'nav.settings': 'Settings',

  'options.title': 'Team Rituals – Settings',
  'options.timerHeading': 'Focus timer',
  'options.focusMinutes': 'Focus length (minutes)',
  'options.shortBreakMinutes': 'Short break (minutes)',
  'options.longBreakMinutes': 'Long break (minutes)',
  'options.longBreakEvery': 'Long break after every … focus sessions',
  'options.sound': 'Play a soft sound when a phase ends',
  'options.languageHeading': 'Language',
  'options.language': 'Language of the extension',
  'options.languageAuto': 'Same as the browser',
  'options.save': 'Save settings',
  'options.saved': 'Settings saved.',
  'options.invalid': 'Nothing was saved. Please correct the marked fields.',
  'options.saveFailed': 'The settings could not be saved. Your previous settings are unchanged.',
  'options.errorNumber': 'Please enter a number.',
  'options.errorRange': (min: number, max: number) => `Please enter a value from ${min} to ${max}.`,
  'options.rangeHint': (min: number, max: number) => `Allowed: ${min} to ${max}`,
  'options.errorWhole': 'Please enter a whole number.',
  'options.statsHeading': 'Focus statistics',
  'options.statsSummary': (sessions: number, minutes: number) =>
    `${sessions} completed ${sessions === 1 ? 'session' : 'sessions'}, ${minutes} focused minutes stored on this device.`,
  'options.exportCsv': 'Export as CSV',
  'options.exportJson': 'Export as JSON',
  'options.clear': 'Delete statistics…',
  'options.clearConfirmTitle': 'Delete all focus statistics?',
  'options.clearConfirmText': 'This removes every recorded focus session from this device. It cannot be undone.',
  'options.clearConfirm': 'Delete',
  'options.cancel': 'Cancel',
  'options.cleared': 'Statistics deleted.',

  'error.storageCorrupt': 'A stored record was damaged and has been reset to its defaults.',
} as const;
